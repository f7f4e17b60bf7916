import type { BrowserContext, Page } from 'playwright-core';

/**
 * Milliseconds from navigation start until `selector` matches, for each of `runs` reloads of `page`
 * (the first is a warm-up and is dropped). Polled with setTimeout: headless Chromium may not run
 * requestAnimationFrame for a quiet page.
 */
export async function timesUntil(context: BrowserContext, page: Page, selector: string, runs: number, timeout = 30_000): Promise<number[]> {
  await context.addInitScript((sel: string) => {
    const w = window as unknown as { __readyAt?: number };
    const tick = () => {
      if (document.querySelector(sel)) w.__readyAt = performance.now();
      else setTimeout(tick, 1);
    };
    tick();
  }, selector);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt, undefined, { timeout });
    times.push(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
  }
  return times.slice(1);
}
