import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { fixture } from './harness';
import { startFirefoxHarness, type FirefoxHarness } from './firefox-harness';

// The MV2 build in Firefox ESR: the same user path as the Chromium suite, plus the background's health
// (Firefox's MV2 background has `browserAction`, not `action`; Chromium cannot catch that).
let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness();
  h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
});
afterAll(async () => h?.close());

/**
 * The profile panel of `handle`, wherever it lives: inside an extension iframe (`data-scout="panel-frame"`,
 * DESIGN §11) or in the page's open shadow root. Every panel assertion goes through here.
 */
async function profilePanel(page: Page, handle: string, timeout = 15_000): Promise<{ root: ElementHandle<Element>; frame: Frame | Page }> {
  const deadline = Date.now() + timeout;
  const overlay = `[data-scout="overlay"][data-handle="${handle}"]`;
  while (Date.now() < deadline) {
    const iframe = await page.$(`[data-scout="panel-frame"][data-handle="${handle}"]`);
    const frame = iframe ? await iframe.contentFrame() : page;
    const root = frame ? await frame.$(iframe ? overlay : `>>> ${overlay}`) : null;
    if (root && frame) return { root, frame };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no profile panel for @${handle} within ${timeout} ms`);
}

async function poll<T>(read: () => Promise<T>, want: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let v = await read();
  while (!want(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('Firefox (MV2 build)', () => {
  it('shows the panel with a score, adds to the pipeline, lists the row in the popup and counts the follow-up on the badge', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    let { root } = await profilePanel(page, 'glowwithmara');
    const score = await poll(() => root.$eval('[data-scout="score"]', (e) => e.textContent ?? '').catch(() => ''), (s) => /^\d+$/.test(s));
    expect(Number(score)).toBeGreaterThanOrEqual(0);
    expect(Number(score)).toBeLessThanOrEqual(100);

    await root.$eval('[data-scout="add"]', (b) => (b as HTMLButtonElement).click());
    const stage = async () => {
      ({ root } = await profilePanel(page, 'glowwithmara'));
      return root.$eval('[data-scout="stage"]', (s) => (s as HTMLSelectElement).value).catch(() => '');
    };
    expect(await poll(stage, (s) => s === 'prospect')).toBe('prospect');

    // A follow-up due today, logged from the panel: the badge must count it.
    await root.$eval('button[aria-expanded]', (b) => (b as HTMLButtonElement).click());
    await poll(() => root.$('input[aria-label="Follow up on"]'), (e) => e !== null);
    await root.$eval('input[aria-label="Follow up on"]', (input, value) => {
      // React tracks the value through the prototype setter; setting it this way fires its onChange.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, today());
    await root.$eval('[data-scout="log-outreach"]', (b) => (b as HTMLButtonElement).click());
    expect(await poll(stage, (s) => s === 'contacted')).toBe('contacted');

    const popup = await h.openExtensionPage('popup.html');
    const rowStage = () => popup.$eval('[data-scout="row"][data-handle="glowwithmara"] [data-scout="row-stage"]', (r) => r.textContent).catch(() => null);
    expect(await poll(rowStage, (s) => s !== null)).toBe('Contacted');
    const badge = () => popup.evaluate(() => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({}));
    expect(await poll(badge, (b) => b === '1')).toBe('1');
    // The morning reminder is scheduled (the background used to throw before creating it).
    const daily = await popup.evaluate(() => (globalThis as unknown as { browser: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } } }).browser.alarms.get('reminders-daily'));
    expect(daily?.periodInMinutes).toBe(24 * 60);
    await popup.close();
    await page.close();
  });

  it('runs the background without errors', async () => {
    // Reminders refreshed after every change above; wait a moment for anything still in flight.
    await new Promise((r) => setTimeout(r, 500));
    expect(h.extensionErrors).toEqual([]);
  });
});
