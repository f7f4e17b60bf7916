import { TAP_SOURCE } from '../../lib/extract/tap-protocol';
import { send } from './send';

/**
 * Calls `onChange(url)` when the page's address changes through client-side navigation: at once when the
 * MAIN-world page tap reports a history call, otherwise within `pollMs` (TikTok's history calls happen in
 * the page's world, out of a content script's sight). With `forwardApi`, API responses the tap copied go
 * to the background as they are: it validates them, the content script does not.
 */
export function watchLocation(onChange: (url: string) => void, opts: { forwardApi?: boolean; pollMs?: number } = {}): () => void {
  let url = location.href;
  const check = (next: string) => {
    if (next === url) return;
    url = next;
    onChange(next);
  };
  const poll = setInterval(() => check(location.href), opts.pollMs ?? 500);
  const onMessage = (e: MessageEvent) => {
    const d = e.data as { source?: unknown; kind?: unknown; url?: unknown; body?: unknown } | null;
    if (e.source !== window || typeof d !== 'object' || d === null || d.source !== TAP_SOURCE || typeof d.url !== 'string' || d.url.length > 4000) return;
    // A page script can post these too: the URL is taken from location, never from the message.
    if (d.kind === 'navigate') check(location.href);
    else if (d.kind === 'api' && opts.forwardApi) send('page.tapped', { url: d.url, body: d.body }).catch(() => {});
  };
  window.addEventListener('message', onMessage);
  return () => {
    clearInterval(poll);
    window.removeEventListener('message', onMessage);
  };
}
