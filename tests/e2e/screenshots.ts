// `npm run screenshots`: pictures for the README, taken from the built extension against the fixture pages:
// every page and panel in the light and the dark scheme, in English and in Spanish
// (`docs/<name>-<scheme>-<lang>.png`, e.g. docs/popup-light-en.png, docs/popup-dark-es.png).
// The Spanish set needs Chromium's Spanish locale pack (Debian: chromium-l10n); without it the browser's UI
// language, and so the extension's, stays English and the script says so.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, fixture, ROOT, startHarness } from './harness';
import { pagedMarketplacePage } from './pages';

const out = join(ROOT, 'docs');
mkdirSync(out, { recursive: true });
const SCHEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'es'] as const;
type Lang = (typeof LANGS)[number];

/** Where Debian's Chromium keeps its locale packs (next to the binary it runs). */
const localePack = (lang: string) => join(CHROMIUM.includes('/usr/bin/') ? '/usr/lib/chromium' : join(CHROMIUM, '..'), 'locales', `${lang}.pak`);

async function shootAll(lang: Lang): Promise<void> {
  if (lang !== 'en' && !existsSync(localePack(lang))) console.warn(`no ${localePack(lang)}: the ${lang} screenshots will show English (install chromium-l10n)`);
  const h = await startHarness(lang === 'en' ? {} : { lang });
  const shoot = async (page: Page, name: string, fullPage = false) => {
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(out, `${name}-${colorScheme}-${lang}.png`), fullPage });
    }
  };
  try {
    const ui = await h.openExtensionPage('options.html');
    const language = await ui.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    if (!language.startsWith(lang)) console.warn(`the browser's UI language is ${language}, not ${lang}`);
    await ui.close();

    h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
    h.routes.set('affiliate.tiktok.com/connection/creator', { body: pagedMarketplacePage() });
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('https://www.tiktok.com/@glowwithmara');
    // The panel is an extension page in a frame.
    const panel = page.frameLocator('[data-scout="panel-frame"][data-frame="panel"]');
    await panel.locator('[data-scout="add"]').click();
    await panel.locator('[data-scout="overlay"] button[aria-expanded]').click();
    await page.waitForTimeout(300);
    await shoot(page, 'overlay-profile');
    await page.goto('https://affiliate.tiktok.com/connection/creator');
    await page.locator('[data-scout="chip"]').first().waitFor();
    await shoot(page, 'overlay-list');

    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?handle=glowwithmara`);
    await popup.locator('[data-scout="row"]').first().waitFor();
    await shoot(popup, 'popup');

    const wide = await h.context.newPage();
    await wide.setViewportSize({ width: 1100, height: 900 });
    for (const name of ['options', 'dashboard']) {
      await wide.goto(`chrome-extension://${h.extensionId}/${name}.html`);
      await wide.waitForLoadState('networkidle');
      await shoot(wide, name);
    }

    // The first-run page last (it saves a name and keywords): at the tiers step, then its done screen.
    const welcome = await h.context.newPage();
    await welcome.setViewportSize({ width: 1000, height: 800 });
    await welcome.goto(`chrome-extension://${h.extensionId}/welcome.html`);
    await welcome.locator('[data-scout="my-name"]').fill('Alex Kim');
    await welcome.locator('[data-scout="welcome-next"]').click();
    await welcome.locator('[data-scout="keywords"]').fill('skincare, serum, sensitive skin');
    await welcome.locator('[data-scout="welcome-next"]').click();
    await welcome.locator('[data-tier="nano"]').waitFor();
    await welcome.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(welcome, 'welcome');
    await welcome.locator('[data-scout="welcome-skip"]').click();
    await welcome.locator('[data-scout="welcome-skip"]').click();
    await welcome.locator('[data-scout="welcome-done"]').waitFor();
    await welcome.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(welcome, 'welcome-done');
  } finally {
    await h.close();
  }
}

for (const lang of LANGS) await shootAll(lang);
console.log(`screenshots written to ${out}`);
