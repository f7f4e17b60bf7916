import './style.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { followPageTheme } from '../../components/followPageTheme';
import { TIKTOK_WWW } from '../../lib/hosts';
import { ask } from '../../lib/messaging/runtime';
import { ProfileOverlay } from './ProfileOverlay';

export default defineContentScript({
  matches: TIKTOK_WWW,
  excludeMatches: ['https://www.tiktok.com/shop/*'],
  // As soon as the DOM is parsed, not after every image: the score should be there when the page is.
  runAt: 'document_end',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'creator-scout-profile',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(container) {
        const root = createRoot(container);
        root.render(<ProfileOverlay ask={ask} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
    followPageTheme(ui.shadowHost);
  },
});
