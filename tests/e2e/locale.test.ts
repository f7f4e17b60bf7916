import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fixture, startHarness, type Harness } from './harness';
import { catalog } from '../setup/i18n-catalog';

/**
 * The built extension in a German Chromium: the browser, not the tests' English catalogue, picks the
 * language (chrome.i18n and _locales/de), and Intl formats for it. Needs Debian's chromium-l10n (CI installs it).
 */
const HAS_DE = existsSync('/usr/lib/chromium/locales/de.pak');
let h: Harness;
let de: Map<string, string>;

beforeAll(async () => {
  de = await catalog('de');
  h = await startHarness({ lang: 'de' });
  h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
});
afterAll(async () => h?.close());

const msg = (key: string) => {
  const text = de.get(key.replaceAll('.', '_'));
  if (!text) throw new Error(`no German message ${key}`);
  return text;
};

describe.skipIf(!HAS_DE)('in a German browser', () => {
  it('the pages speak German: lang, titles, stage names', async () => {
    const options = await h.openExtensionPage('options.html');
    await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    await expect.poll(() => options.locator('h1').first().textContent()).toBe(msg('options.title'));
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain(msg('popup.pipeline.empty.title'));
    await Promise.all([options.close(), popup.close()]);
  });

  it('the profile panel explains the score in German and formats figures the German way', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    const panel = page.frameLocator('[data-scout="panel-frame"][data-frame="panel"]');
    await expect.poll(() => panel.locator('[data-scout="overlay"] [data-scout="score"]').count(), { timeout: 15_000 }).toBe(1);
    await panel.locator('[data-scout="overlay"] button[aria-expanded]').first().click();
    await expect.poll(() => panel.locator('[data-scout="breakdown"]').count()).toBe(1);
    const text = (await panel.locator('[data-scout="overlay"]').textContent()) ?? '';
    expect(text).toContain(msg('common.component.reach'));
    expect(text).toContain(msg('common.component.engagement'));
    // German figures: a point between thousands (184.300 followers in the fixture) and a space before the
    // percent sign ("20 %"), never "184,300" or "20%".
    expect(text).toContain('184.300');
    expect(text).toMatch(/\d\u00a0%|\d %/);
    expect(text).not.toMatch(/184,300|\d%/);
    await panel.locator('[data-scout="add"]').click();
    await expect.poll(() => panel.locator('[data-scout="stage"] option:checked').textContent()).toBe(msg('common.stage.prospect'));
    await page.close();
  });
});
