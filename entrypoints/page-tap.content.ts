import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_WWW } from '../lib/hosts';
import { TAP_SOURCE, TAPPED_API } from '../lib/extract/tap-protocol';

/**
 * Runs in TikTok's own JavaScript world (MAIN) so it can see what the app fetches after the first page:
 * the embedded JSON describes only the page first loaded. It copies matching JSON responses and URL
 * changes to the isolated content script by window.postMessage, and changes nothing else.
 * It has no extension API access and trusts nothing it posts: the receiver validates with zod.
 */
export default defineContentScript({
  matches: TIKTOK_WWW,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const post = (data: Record<string, unknown>) => window.postMessage({ source: TAP_SOURCE, ...data }, location.origin);
    const tapped = (url: string) => TAPPED_API.test(url);

    const origFetch = window.fetch;
    window.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      const res = await origFetch.apply(this, args);
      try {
        const url = typeof args[0] === 'string' ? args[0] : args[0] instanceof URL ? args[0].href : args[0].url;
        if (tapped(url)) res.clone().json().then((body) => post({ kind: 'api', url, body }), () => {});
      } catch {
        /* never break TikTok's own request */
      }
      return res;
    };

    const origOpen = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      const href = String(url);
      if (tapped(href)) {
        this.addEventListener('load', () => {
          try {
            const body = this.responseType === 'json' ? this.response : JSON.parse(this.responseText);
            post({ kind: 'api', url: href, body });
          } catch {
            /* not JSON: ignore */
          }
        });
      }
      return (origOpen as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XMLHttpRequest.prototype.open;

    for (const name of ['pushState', 'replaceState'] as const) {
      const orig = history[name];
      history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
        const r = orig.apply(this, args);
        post({ kind: 'navigate', url: location.href });
        return r;
      };
    }
    window.addEventListener('popstate', () => post({ kind: 'navigate', url: location.href }));
  },
});
