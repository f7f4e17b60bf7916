import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_SELLER } from '../../lib/hosts';
import { BATCH_MAX } from '../../lib/messaging/limits';
import { createFrameHost } from '../../components/on-page/frame-host';
import { onBackgroundMessage } from '../../components/on-page/from-background';
import { send } from '../../components/on-page/send';
import { paintPipeline, placeChips, readUnchipped } from './chips';
import { t } from '../../lib/i18n/t';

/**
 * Seller Center / affiliate-center creator lists: a chip on every creator row (our score, in the
 * pipeline or not; scored by the background) and the bulk bar, an extension page in a frame, which is
 * told the creators on screen and the selection through the background.
 */
export default defineContentScript({
  matches: TIKTOK_SELLER,
  main(ctx) {
    let chipped = 0;
    const selected = new Set<string>();
    const host = createFrameHost('bulk-bar', t('popup.chip.bulkFrame'), () => {
      // After a service-worker restart: the creators on screen are chipped again from the next batch on.
      send('list.select', { handles: [...selected] }).catch(() => {});
    });
    const onSelect = (handle: string, on: boolean) => {
      if (on) selected.add(handle);
      else selected.delete(handle);
      send('list.select', { handles: [...selected] }).catch(() => {});
    };
    onBackgroundMessage((m) => {
      if (m.type === 'chips.paint' && Array.isArray(m.chips)) paintPipeline(m.chips);
    });

    const run = (roots?: ParentNode[]) => {
      try {
        const t = performance.now();
        const taken = readUnchipped(document, roots);
        if (!taken.creators.length) return;
        const readMs = performance.now() - t;
        for (let i = 0; i < taken.creators.length; i += BATCH_MAX) {
          send('list.observe', { creators: taken.creators.slice(i, i + BATCH_MAX) }).then((r) => {
            const t2 = performance.now();
            placeChips(document, taken, r.chips, onSelect);
            chipped += r.chips.length;
            host.update(chipped > 0);
            // Main-thread time of the batch (reading the rows, then placing their chips), read by `npm run bench`.
            document.documentElement.dataset.scoutAnnotateMs = (readMs + performance.now() - t2).toFixed(2);
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
          if (node instanceof Element && !node.classList.contains('creator-scout-chip')) added.add(node);
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
  },
});
