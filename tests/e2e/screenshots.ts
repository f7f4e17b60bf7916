// `npm run screenshots`: pictures of the overlay for the README, taken from the built extension.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, ROOT, startHarness } from './harness';
import { pagedMarketplacePage } from './pages';

const out = join(ROOT, 'docs');
mkdirSync(out, { recursive: true });
const h = await startHarness();
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
  await page.screenshot({ path: join(out, 'overlay-profile.png') });
  await page.goto('https://affiliate.tiktok.com/connection/creator');
  await page.locator('[data-scout="chip"]').first().waitFor();
  await page.screenshot({ path: join(out, 'overlay-list.png') });
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?handle=glowwithmara`);
  await popup.locator('[data-scout="row"]').first().waitFor();
  await popup.screenshot({ path: join(out, 'popup.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await h.close();
}
