import type { Ask } from '../../lib/messaging/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { UnreadablePanel } from '../../components/CreatorPanel';
import { ProductPanel } from './ProductPanel';
import { useCurrentProduct } from './useCurrentProduct';

/** The product panel for the product on screen; nothing on Shop pages that are not product pages. */
export function ShopOverlay({ ask }: { ask: Ask }) {
  const view = useCurrentProduct();
  if (view.kind === 'none') return null;
  return (
    <ErrorBoundary name="product panel">
      {view.kind === 'reading' && (
        <div data-scout="product" data-state="reading" className="fixed right-4 bottom-4 rounded-lg border bg-white p-2 font-sans text-xs shadow">
          Reading this product…
        </div>
      )}
      {view.kind === 'product' && <ProductPanel key={view.product.id} product={view.product} ask={ask} />}
      {view.kind === 'unreadable' && (
        <div className="fixed right-4 bottom-4 z-[2147483000]">
          <UnreadablePanel reason={view.reason} />
        </div>
      )}
    </ErrorBoundary>
  );
}
