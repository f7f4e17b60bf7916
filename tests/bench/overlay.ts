import { fixture, startHarness } from '../e2e/harness';
import { pagedMarketplacePage } from '../e2e/pages';
import { median, report } from './report';

/** Real Chromium with the built extension: profile load → score visible, and chips on 100 new rows. */
export async function benchOverlay(): Promise<void> {
  const h = await startHarness();
  try {
    h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
    h.routes.set('affiliate.tiktok.com/connection/creator', { body: pagedMarketplacePage() });
    // Time from navigation start until the score exists inside the open shadow root. Polled with
    // setTimeout, not requestAnimationFrame: headless Chromium may not produce frames for a quiet page.
    await h.context.addInitScript(() => {
      const tick = () => {
        const host = document.querySelector('creator-scout-profile');
        if (host?.shadowRoot?.querySelector('[data-scout="score"]')) (window as unknown as { __scoutVisible: number }).__scoutVisible = performance.now();
        else setTimeout(tick, 1);
      };
      tick();
    });
    const page = await h.context.newPage();
    const visible: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.goto('https://www.tiktok.com/@glowwithmara');
      await page.waitForFunction(() => (window as unknown as { __scoutVisible?: number }).__scoutVisible, undefined, { timeout: 10_000 });
      visible.push(await page.evaluate(() => (window as unknown as { __scoutVisible: number }).__scoutVisible));
    }
    report('overlay.visible_ms', median(visible.slice(1)), 'ms', 300);

    // Infinite scroll: batches of 100 new rows on one page; the first batch warms the code up.
    const annotate: number[] = [];
    await page.goto('https://affiliate.tiktok.com/connection/creator');
    await page.waitForFunction(() => document.querySelectorAll('[data-scout="chip"]').length === 20, undefined, { timeout: 10_000 });
    for (let i = 1; i <= 7; i++) {
      await page.click('#more');
      await page.waitForFunction((n) => document.querySelectorAll('[data-scout="chip"]').length === n, 20 + 100 * i, { timeout: 10_000 });
      annotate.push(Number(await page.evaluate(() => document.documentElement.dataset.scoutAnnotateMs)));
    }
    report('list.annotate100_ms', median(annotate.slice(1)), 'ms', 8);
  } finally {
    await h.close();
  }
}
