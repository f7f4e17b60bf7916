import type { Ask } from '../../lib/messaging/client';
import { t } from '../../lib/i18n/t';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { UnreadablePanel } from '../../components/CreatorPanel';
import { FrameShell } from '../../components/FrameShell';
import { useFrame } from '../../components/useFrame';
import { ProductPanel } from './ProductPanel';

/** The product panel for the product on screen in this frame's tab; nothing on Shop pages that are not product pages. */
export function App({ ask }: { ask: Ask }) {
  const frame = useFrame('shop-panel');
  const view = frame.state?.kind === 'shop-panel' ? frame.state.view : undefined;
  if (!view || view.kind === 'none') return null;
  return (
    <FrameShell frame={frame} ask={ask}>
      <ErrorBoundary name={t('popup.error.part.product')}>
        {view.kind === 'reading' && (
          <div data-scout="product" data-state="reading" className="rounded-lg border border-slate-300 bg-white p-2 pr-5 font-sans text-xs text-slate-800 shadow">
            {t('popup.product.reading')}
          </div>
        )}
        {view.kind === 'product' && <ProductPanel key={view.product.id} product={view.product} ask={ask} />}
        {view.kind === 'unreadable' && <UnreadablePanel reason={view.reason} />}
      </ErrorBoundary>
    </FrameShell>
  );
}
