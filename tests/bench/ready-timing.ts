import type { BrowserContext, Page } from 'playwright-core';

/**
 * Milliseconds from navigation start until `selector` matches, for each of `runs` reloads of `page`
 * (the first is a warm-up and is dropped). Polled with setTimeout (headless Chromium may not run
 * requestAnimationFrame for a quiet page) and reported through the console: waiting with Playwright's
 * waitForFunction would inject its own ~300 KB script into the page while it loads and time that too.
 */
export async function timesUntil(context: BrowserContext, page: Page, selector: string, runs: number, timeout = 30_000): Promise<number[]> {
  await context.addInitScript((sel: string) => {
    const tick = () => {
      if (document.querySelector(sel)) console.debug(`scout-ready ${performance.now()}`);
      else setTimeout(tick, 1);
    };
    tick();
  }, selector);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ready = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('scout-ready '), timeout });
    await page.reload({ waitUntil: 'commit' });
    times.push(Number((await ready).text().split(' ')[1]));
  }
  return times.slice(1);
}
