import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_WWW } from '../../lib/hosts';
import { extractPage } from '../../lib/extract';
import { classifyUrl } from '../../lib/extract/url';
import type { CreatorRead } from '../../lib/messaging/protocol-frames';
import { watchUntil } from '../../components/watchUntil';
import { createFrameHost } from '../../components/on-page/frame-host';
import { watchLocation } from '../../components/on-page/location';
import { send } from '../../components/on-page/send';
import { t } from '../../lib/i18n/t';

const READ_TIMEOUT_MS = 5000;

/** The creator of a profile or video page, when the page shows them. */
function readCreator(url: string): CreatorRead | undefined {
  const x = extractPage(document, url);
  if (x.kind === 'profile' || x.kind === 'video') return x;
  return undefined;
}

const handleOf = (r: CreatorRead) => (r.kind === 'reading' ? r.handle : r.kind === 'profile' || r.kind === 'video' ? r.creator.handle : undefined);

/**
 * Reads the creator on screen, kept current through TikTok's client-side navigation, and reports each
 * read to the background; the panel (an extension page in a frame this script places) is shown it from
 * there. Nothing else: no UI code, no schema library, nothing of our data in the page.
 */
export default defineContentScript({
  matches: TIKTOK_WWW,
  excludeMatches: ['https://www.tiktok.com/shop/*'],
  // At document start so the panel's frame (an extension page, loaded in the extension's process) loads
  // while TikTok's page is still being parsed; the page itself is read once its DOM is parsed.
  runAt: 'document_start',
  main(ctx) {
    let last: CreatorRead = { kind: 'none' };
    const report = (read: CreatorRead) => {
      last = read;
      host.update(read.kind !== 'none', handleOf(read));
      send('page.creator', { read }).catch(() => {});
    };
    const host = createFrameHost('panel', t('popup.chip.panelFrame'), () => report(last));
    let stop: (() => void) | undefined;
    const read = (url: string, handle: string) => {
      const first = readCreator(url);
      if (first) return report(first);
      report({ kind: 'reading', handle });
      stop = watchUntil(
        () => readCreator(url),
        (found) => {
          if (found) return report(found);
          const x = extractPage(document, url);
          report({ kind: 'unreadable', reason: x.kind === 'unknown' ? x.reason : t('popup.chip.noCreator') });
        },
        READ_TIMEOUT_MS,
      );
    };
    const go = (url: string) => {
      stop?.();
      stop = undefined;
      const where = classifyUrl(url);
      if (where.kind !== 'profile' && where.kind !== 'video') {
        if (last.kind !== 'none') report({ kind: 'none' });
        return;
      }
      // The frame starts loading (in the extension's process) while the page is read, in a task of its own.
      host.update(true, where.handle);
      const later = setTimeout(() => read(url, where.handle), 0);
      stop = () => clearTimeout(later);
    };
    const start = () => {
      const unwatch = watchLocation(go, { forwardApi: true });
      ctx.onInvalidated(() => {
        unwatch();
        stop?.();
      });
      go(location.href);
    };
    const where = classifyUrl(location.href);
    if ((where.kind === 'profile' || where.kind === 'video') && document.documentElement) host.update(true, where.handle);
    // Not in the task that evaluated this script (that one is the browser's: it sets up the isolated world).
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else ctx.setTimeout(start, 0);
  },
});
