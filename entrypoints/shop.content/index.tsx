import './style.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { followPageTheme } from '../../components/followPageTheme';
import { TIKTOK_SHOP } from '../../lib/hosts';
import { ask } from '../../lib/messaging/runtime';
import { ShopOverlay } from './ShopOverlay';

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
      // The page is read when this renders, after the stylesheet's fetch: not in the task that evaluated
      // this script (see marketplace).
      onMount(container) {
        const root = createRoot(container);
        root.render(<ShopOverlay ask={ask} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
    followPageTheme(ui.shadowHost);
  },
});
