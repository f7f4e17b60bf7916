import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { TIKTOK_HOST_PATTERNS } from './lib/hosts';

const FRAME_PAGES = ['panel.html', 'shop-panel.html', 'bulk-bar.html'];
const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png' };

// Hosts are listed once in lib/hosts.ts; content scripts and the manifest both read them there.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
    // ASCII-only output: V8 keeps an all-ASCII script as one-byte source, where a single "·" or Dexie's
    // "\uffff" makes the whole bundle two-byte, slower to decode and parse on every popup open and page.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
  manifest: ({ browser }) => ({
    // UI text lives in locales/<lang>.yml (WXT's i18n module writes _locales/ from them).
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // Popup/dashboard read IndexedDB directly, so no "storage" or "tabs" permission. "alarms" wakes the
    // service worker for sync and reminders (MV3 workers stop when idle); "contextMenus" adds a creator
    // from a link; "notifications" shows the follow-ups due each morning; "unlimitedStorage" because an
    // agency's pipeline (100k creators, 400k outreach events: ~125 MB) must never be evicted or hit the quota.
    permissions: ['alarms', 'contextMenus', 'notifications', 'unlimitedStorage'],
    // The toolbar button draws the 16/32 px mark (public/icon, drawn by scripts/icons.mjs); MV2 calls it browser_action.
    ...(browser === 'firefox' ? { browser_action: { default_icon: TOOLBAR_ICON } } : { action: { default_icon: TOOLBAR_ICON } }),
    commands: {
      'open-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_ext_openPanel__' },
    },
    host_permissions: TIKTOK_HOST_PATTERNS,
    // The on-page panels are these extension pages in iframes, on TikTok's hosts only. Chrome serves them
    // under a per-session URL (use_dynamic_url) so a page cannot probe for the extension by a fixed URL;
    // Firefox (MV2: a plain list) frames them from moz-extension:// with its own per-install host.
    web_accessible_resources:
      browser === 'firefox'
        ? (FRAME_PAGES as unknown as { resources: string[]; matches: string[] }[])
        : [{ resources: FRAME_PAGES, matches: TIKTOK_HOST_PATTERNS, use_dynamic_url: true }],
    // The team's sync server is chosen at run time; its origin is requested then, never up front.
    // Plain http only on this computer (lib/server-url.ts): the team token travels in every request.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 128: the first ESR that runs a content script in the MAIN world (the page tap). Nothing is collected
            // by the developer; team sync goes only to the team's own server.
            gecko: { id: 'creator-scout@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
