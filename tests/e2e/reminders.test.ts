import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
});
afterAll(async () => h?.close());

const badge = async () => {
  const worker = h.context.serviceWorkers()[0]!;
  // Runs in the service worker, where the extension API is the global `chrome`.
  return worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
};

describe('follow-up reminders', () => {
  it('counts a follow-up due today on the badge, lists it in the popup, and clears it when done', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    // The panel is an extension page in a frame on the page.
    const panel = page.frameLocator('[data-scout="panel-frame"][data-frame="panel"]');
    await panel.locator('[data-scout="add"]').click();
    await panel.locator('[data-scout="overlay"] button[aria-expanded]').click();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await panel.getByLabel('Follow up on').fill(today);
    await panel.locator('[data-scout="log-outreach"]').click();
    await expect.poll(() => panel.locator('[data-scout="status"]').textContent()).toBe('Outreach logged');
    await expect.poll(badge, { timeout: 5000 }).toBe('1');

    const popup = await h.openExtensionPage('popup.html');
    const item = popup.locator('[data-scout="followup"][data-handle="glowwithmara"]');
    await expect.poll(() => item.count()).toBe(1);
    await item.locator('[data-scout="followup-done"]').click();
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(badge, { timeout: 5000 }).toBe('');
    await popup.close();
    await page.close();
  });
});
