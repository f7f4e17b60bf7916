import type { Ask } from '../../lib/messaging/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { UnreadablePanel } from '../../components/CreatorPanel';
import { ProductPanel } from './ProductPanel';
import { useCurrentProduct } from './useCurrentProduct';
import { Docked } from '../../components/Docked';

/** The product panel for the product on screen; nothing on Shop pages that are not product pages. */
export function ShopOverlay({ ask }: { ask: Ask }) {
  const view = useCurrentProduct();
  if (view.kind === 'none') return null;
  return (
    <Docked ask={ask}>
      <ErrorBoundary name="product panel">
        {view.kind === 'reading' && (
          <div data-scout="product" data-state="reading" className="rounded-lg border bg-white p-2 font-sans text-xs shadow">
            Reading this product…
          </div>
        )}
        {view.kind === 'product' && <ProductPanel key={view.product.id} product={view.product} ask={ask} />}
        {view.kind === 'unreadable' && <UnreadablePanel reason={view.reason} />}
      </ErrorBoundary>
    </Docked>
  );
}
