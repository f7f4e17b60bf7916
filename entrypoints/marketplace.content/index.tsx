import './style.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { TIKTOK_SELLER } from '../../lib/hosts';
import { ask } from '../../lib/messaging/runtime';
import type { ScoreSettings } from '../../lib/model/score';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { annotate, paintStates } from './chips';
import { BulkBar } from './BulkBar';
import { listStore } from './selection';

export default defineContentScript({
  matches: TIKTOK_SELLER,
  cssInjectionMode: 'ui',
  async main(ctx) {
    let settings: ScoreSettings = {};
    ask('overlay.context', {}).then((c) => (settings = c.scoreSettings), () => {});

    const run = () => {
      try {
        const fresh = annotate(document, settings);
        if (!fresh.length) return;
        ask('marketplace.observe', { creators: fresh }).then((r) => {
          listStore.getState().setStates(r.states);
          paintStates(r.states);
        }, () => {});
      } catch (err) {
        console.warn('[Creator Scout] list chips failed:', err);
      }
    };

    // One observer for the whole page; rows added by paging or infinite scroll are annotated in a batch
    // after the page settles, off TikTok's own rendering work.
    let pending = false;
    const schedule = () => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        run();
      }, 100);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    run();

    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'creator-scout-list',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <ErrorBoundary name="bulk add">
            <BulkBar ask={ask} />
          </ErrorBoundary>,
        );
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
  },
});
