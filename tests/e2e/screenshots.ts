// `npm run screenshots`: pictures for the README, taken from the built extension against the fixture pages,
// each in the light and the dark scheme (`docs/<name>-light.png`, `docs/<name>-dark.png`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixture, ROOT, startHarness } from './harness';
import { pagedMarketplacePage } from './pages';

const out = join(ROOT, 'docs');
mkdirSync(out, { recursive: true });
const SCHEMES = ['light', 'dark'] as const;
const h = await startHarness();
const shoot = async (page: Page, name: string, fullPage = false) => {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, `${name}-${colorScheme}.png`), fullPage });
  }
};
try {
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
  console.log(`screenshots written to ${out}`);
} finally {
  await h.close();
}
