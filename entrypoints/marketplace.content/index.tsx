import './style.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { followPageTheme } from '../../components/followPageTheme';
import { TIKTOK_SELLER } from '../../lib/hosts';
import { ask } from '../../lib/messaging/runtime';
import { BATCH_MAX } from '../../lib/messaging/protocol';
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

    const run = (roots?: ParentNode[]) => {
      try {
        const t = performance.now();
        const fresh = annotate(document, settings, roots);
        if (!fresh.length) return;
        const annotateMs = performance.now() - t;
        for (let i = 0; i < fresh.length; i += BATCH_MAX) {
          ask('marketplace.observe', { creators: fresh.slice(i, i + BATCH_MAX) }).then((r) => {
            const t2 = performance.now();
            listStore.getState().setStates(r.states);
            paintStates(r.states);
            // Main-thread time of the batch (chips, then their stages), read by `npm run bench`.
            document.documentElement.dataset.scoutAnnotateMs = (annotateMs + performance.now() - t2).toFixed(2);
          }, () => {});
        }
      } catch (err) {
        console.warn('[Creator Scout] list chips failed:', err);
      }
    };

    // One observer for the whole page. Rows added by paging or infinite scroll are collected and
    // annotated in one batch after the page settles, off Seller Center's own rendering work; only the
    // added subtrees are scanned.
    const added = new Set<Element>();
    let pending = false;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node instanceof Element && !node.classList.contains('creator-scout-chip') && node.tagName !== 'CREATOR-SCOUT-LIST') added.add(node);
        }
        // Text replaced inside an existing element (a virtualised row reused for another creator).
        if (r.type === 'characterData' && r.target.parentElement) added.add(r.target.parentElement);
      }
      if (pending || !added.size) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        const roots = [...added].filter((el) => el.isConnected);
        added.clear();
        run(roots);
      }, 100);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    // The rows already there are annotated in a task of their own, not in the one that evaluated this
    // script: on the first page of a tab that task is the longest we run.
    ctx.setTimeout(() => run());

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
    followPageTheme(ui.shadowHost);
  },
});
