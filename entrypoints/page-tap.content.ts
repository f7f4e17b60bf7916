import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_SELLER, TIKTOK_WWW } from '../lib/hosts';
import { AFFILIATE_API, TAP_SOURCE, TAPPED_API } from '../lib/extract/tap-protocol';

/** Request bodies larger than this are not copied (invitations are a few KB). */
const MAX_REQUEST_BODY = 1_000_000;

/**
 * Runs in TikTok's own JavaScript world (MAIN) so it can see what the app fetches after the first page:
 * the embedded JSON describes only the page first loaded. It copies matching JSON responses and URL
 * changes to the isolated content script by window.postMessage, and changes nothing else.
 * On the affiliate center it also copies the request body and the HTTP status: an invitation is known
 * only from what the page sent and whether TikTok accepted it.
 * It has no extension API access and trusts nothing it posts: the receiver validates with zod.
 */
export default defineContentScript({
  matches: [...TIKTOK_WWW, ...TIKTOK_SELLER],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const post = (data: Record<string, unknown>) => {
      try {
        window.postMessage({ source: TAP_SOURCE, ...data }, location.origin);
      } catch {
        /* an uncloneable body: drop it */
      }
    };
    const tapped = (url: string) => TAPPED_API.test(url);
    // TikTok's own DMs on www also use /api/…/im/ paths: request bodies are read on the affiliate hosts only.
    const onAffiliateHost = location.hostname !== 'www.tiktok.com';
    const affiliate = (url: string) => onAffiliateHost && AFFILIATE_API.test(url);
    const smallText = (b: unknown) => (typeof b === 'string' && b.length <= MAX_REQUEST_BODY ? b : undefined);

    const origFetch = window.fetch;
    window.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      let url = '';
      let requestBody: Promise<string | undefined> | undefined;
      try {
        const input = args[0];
        url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (affiliate(url)) {
          // Read before sending: a Request's body can be read once, so a clone is read, never TikTok's.
          const init = args[1];
          requestBody = init && 'body' in init ? Promise.resolve(smallText(init.body)) : input instanceof Request ? input.clone().text().then(smallText, () => undefined) : Promise.resolve(undefined);
        }
      } catch {
        /* never break TikTok's own request */
      }
      const res = await origFetch.apply(this, args);
      try {
        if (requestBody) {
          const status = res.status;
          Promise.all([requestBody, res.clone().json().catch(() => null)]).then(
            ([req, body]) => post({ kind: 'affiliate', url: new URL(url, location.href).href, status, requestBody: req, body }),
            () => {},
          );
        } else if (tapped(url)) res.clone().json().then((body) => post({ kind: 'api', url, body }), () => {});
      } catch {
        /* never break TikTok's own request */
      }
      return res;
    };

    const xhrBodies = new WeakMap<XMLHttpRequest, unknown>();
    const origOpen = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      const href = String(url);
      if (affiliate(href)) {
        this.addEventListener('loadend', () => {
          try {
            let body: unknown = null;
            try {
              body = this.responseType === 'json' ? this.response : JSON.parse(this.responseText);
            } catch {
              /* not JSON: the status still tells a failure */
            }
            post({ kind: 'affiliate', url: new URL(href, location.href).href, status: this.status, requestBody: smallText(xhrBodies.get(this)), body });
          } catch {
            /* ignore */
          }
        });
      } else if (tapped(href)) {
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

    const origSend = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      try {
        if (typeof body === 'string') xhrBodies.set(this, body);
      } catch {
        /* ignore */
      }
      return origSend.call(this, body);
    };

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
