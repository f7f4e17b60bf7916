import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_SELLER } from '../lib/hosts';
import { TAP_SOURCE } from '../lib/extract/tap-protocol';

/**
 * The affiliate center's forwarder: what the MAIN-world tap copied (the page's own invitation, Find
 * creators, detail and IM exchanges) goes to the background as it is. The background validates it with
 * zod and decides what it means; this script only checks it is ours, so it stays a few hundred bytes.
 */
type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> | undefined } };

export default defineContentScript({
  matches: TIKTOK_SELLER,
  runAt: 'document_start',
  main() {
    window.addEventListener('message', (e: MessageEvent) => {
      const d = e.data as { source?: unknown; kind?: unknown; url?: unknown; status?: unknown; requestBody?: unknown; body?: unknown } | null;
      if (e.source !== window || !d || d.source !== TAP_SOURCE || d.kind !== 'affiliate' || typeof d.url !== 'string') return;
      const payload = { url: d.url, status: d.status, requestBody: d.requestBody, body: d.body, page: location.href.slice(0, 4000) };
      // The bare extension API, not the polyfill: it keeps this script a few hundred bytes on every page.
      const api = (globalThis as unknown as { browser?: Runtime; chrome?: Runtime }).browser ?? (globalThis as unknown as { chrome?: Runtime }).chrome;
      api?.runtime.sendMessage({ type: 'affiliate.tapped', payload })?.catch(() => {});
    });
  },
});
