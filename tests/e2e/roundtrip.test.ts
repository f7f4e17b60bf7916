import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
});
afterAll(async () => h?.close());

describe('the built extension in Chromium', () => {
  it('overlays a profile, writes through the background to IndexedDB, and the popup reads it back', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    // The panel is an extension page in a frame on the page.
    const panel = page.frameLocator('[data-scout="panel-frame"][data-frame="panel"]');
    const overlay = panel.locator('[data-scout="overlay"][data-handle="glowwithmara"]');
    await expect.poll(() => overlay.count(), { timeout: 10_000 }).toBe(1);
    const score = Number(await panel.locator('[data-scout="score"]').textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);

    await panel.locator('[data-scout="add"]').click();
    await expect.poll(() => panel.locator('[data-scout="stage"]').inputValue()).toBe('prospect');

    await panel.locator('[data-scout="stage"]').selectOption('contacted');
    await expect.poll(() => panel.locator('[data-scout="status"]').textContent()).toContain('Contacted');

    const popup = await h.openExtensionPage('popup.html');
    const row = popup.locator('[data-scout="row"][data-handle="glowwithmara"]');
    await expect.poll(() => row.count(), { timeout: 5000 }).toBe(1);
    expect(await row.locator('[data-scout="row-stage"]').textContent()).toBe('Contacted');
  });
});
