import './style.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { TIKTOK_SHOP } from '../../lib/hosts';
import { ask } from '../../lib/messaging/runtime';
import { extractPage } from '../../lib/extract';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { UnreadablePanel } from '../../components/CreatorPanel';
import { ProductPanel } from './ProductPanel';

export default defineContentScript({
  matches: TIKTOK_SHOP,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'creator-scout-shop',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      // Read after the stylesheet's fetch, so not in the task that evaluated this script (see marketplace).
      onMount(container) {
        const page = extractPage(document, location.href);
        const root = createRoot(container);
        root.render(
          <ErrorBoundary name="product panel">
            {page.kind === 'product' ? <ProductPanel product={page.product} ask={ask} /> : <div className="fixed right-4 bottom-4"><UnreadablePanel reason={page.kind === 'unknown' ? page.reason : 'not a product page'} /></div>}
          </ErrorBoundary>,
        );
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
  },
});
