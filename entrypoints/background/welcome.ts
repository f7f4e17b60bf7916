import { browser } from 'wxt/browser';

/** The first-run page's address inside the extension. */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the first-run page once, when the extension is installed (not on updates or browser updates).
 * Opening our own page needs no "tabs" permission. Registered at the worker's start, as onInstalled must be.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => {});
  });
}
