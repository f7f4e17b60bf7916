import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { fixture, startHarness, type Harness } from './harness';
import { seriousViolations } from './axe';
import { pagedMarketplacePage } from './pages';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
  h.routes.set('affiliate.tiktok.com/connection/creator', { body: pagedMarketplacePage() });
  h.routes.set('www.tiktok.com/shop/pdp/hydrating-barrier-serum-30ml/1729384756102938475', { body: fixture('tiktok/product-en.html') });
  // TikTok in its own dark theme (the page's background is #121212), whatever the system's scheme.
  h.routes.set('www.tiktok.com/@night_owl', {
    body: fixture('tiktok/profile-en.html').replaceAll('glowwithmara', 'night_owl').replace('<body', '<body style="background:#121212;color:#fff"'),
  });
});
afterAll(async () => h?.close());

/** A panel's frame in the page (DESIGN §11: `data-scout="panel-frame"`, `data-frame` its kind). */
const panel = (page: Page, kind = 'panel') => page.frameLocator(`[data-scout="panel-frame"][data-frame="${kind}"]`);

/** The panel's document, where axe runs: an extension page of its own. */
async function panelFrame(page: Page, kind = 'panel'): Promise<Frame> {
  const el = page.locator(`[data-scout="panel-frame"][data-frame="${kind}"]`);
  await el.waitFor({ state: 'attached', timeout: 10_000 });
  const frame = await (await el.elementHandle())!.contentFrame();
  if (!frame) throw new Error(`no document in the ${kind} frame`);
  return frame;
}

describe.each(['light', 'dark'] as const)('accessibility, %s scheme (axe-core: no serious or critical violations)', (scheme) => {
  it('profile panel, with the outreach form open', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    await page.emulateMedia({ colorScheme: scheme });
    const p = panel(page);
    const add = p.locator('[data-scout="add"]');
    await p.locator('[data-scout="overlay"] [data-scout="score"]').waitFor();
    if (await add.count()) await add.click();
    await p.locator('[data-scout="overlay"] [data-scout="stage"]').waitFor({ timeout: 10_000 });
    await p.locator('[data-scout="overlay"] button[aria-expanded="false"]').click({ timeout: 10_000 });
    await p.locator('[data-scout="log-outreach"]').waitFor();
    expect(await seriousViolations(await panelFrame(page))).toEqual([]);
    await page.close();
  });

  it('Shop product panel, after saving the product', async () => {
    const page = await h.open('https://www.tiktok.com/shop/pdp/hydrating-barrier-serum-30ml/1729384756102938475');
    await page.emulateMedia({ colorScheme: scheme });
    const save = panel(page, 'shop-panel').locator('[data-scout="save-product"]');
    await save.waitFor();
    if (await save.isEnabled()) await save.click();
    await page.waitForTimeout(300);
    expect(await seriousViolations(await panelFrame(page, 'shop-panel'))).toEqual([]);
    await page.close();
  });

  it('creator list: score chips and the bulk-add bar', async () => {
    const page = await h.open('https://affiliate.tiktok.com/connection/creator');
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('[data-scout="chip"]').first().waitFor();
    await panel(page, 'bulk-bar').locator('[data-scout="bulk-add"]').waitFor();
    expect(await seriousViolations(page, '[data-scout="chip"]')).toEqual([]);
    expect(await seriousViolations(await panelFrame(page, 'bulk-bar'))).toEqual([]);
    await page.close();
  });

  for (const path of ['popup.html', 'options.html', 'dashboard.html', 'welcome.html']) {
    it(path, async () => {
      const page = await h.openExtensionPage(path);
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForLoadState('networkidle');
      if (path === 'popup.html') await page.locator('[data-scout="row"]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('first-run page', () => {
  it('opened by itself when the extension was installed', () => {
    expect(h.welcomeOpened).toBe(true);
  });

  // Each step and the done screen in both schemes: an error shown, then the tiers' checkboxes, the sync
  // form with a wrong field, and the done screen's links.
  it.each(['light', 'dark'] as const)('every step and the done screen, %s scheme', async (scheme) => {
    const page = await h.openExtensionPage('welcome.html');
    await page.emulateMedia({ colorScheme: scheme });
    const check = async (what: string) => expect([what, await seriousViolations(page)]).toEqual([what, []]);
    await page.locator('[data-scout="my-name"]').fill('x'.repeat(81));
    await page.locator('[data-scout="welcome-next"]').click();
    await page.getByRole('alert').waitFor();
    await check('name, with an error');
    await page.locator('[data-scout="welcome-skip"]').click();
    await page.locator('[data-scout="keywords"]').fill('skincare, serum');
    await check('keywords');
    await page.locator('[data-scout="welcome-skip"]').click();
    await page.locator('[data-tier="nano"]').waitFor();
    await check('tiers');
    await page.locator('[data-scout="welcome-skip"]').click();
    await page.locator('[data-scout="sync-url"]').fill('http://192.168.1.5');
    await page.getByRole('button', { name: 'Connect and test' }).click();
    await page.getByRole('alert').waitFor();
    await check('sync, with an error');
    await page.locator('[data-scout="welcome-skip"]').click();
    await page.locator('[data-scout="welcome-done"]').waitFor();
    await check('done');
    await page.close();
  });
});

describe('dark mode', () => {
  const surface = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);

  it('extension pages follow the system scheme', async () => {
    const page = await h.openExtensionPage('options.html');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await surface(page, 'body')).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await surface(page, 'body')).toBe('rgb(22, 24, 35)');
    await page.close();
  });

  it("the panel matches TikTok's dark page even when the system is light", async () => {
    const page = await h.open('https://www.tiktok.com/@night_owl');
    await page.emulateMedia({ colorScheme: 'light' });
    await panel(page).locator('[data-scout="overlay"][data-handle="night_owl"]').waitFor();
    const dark = await panelFrame(page);
    const overlayBg = (f: Frame, handle: string) => f.locator(`[data-scout="overlay"][data-handle="${handle}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await overlayBg(dark, 'night_owl')).toBe('rgb(22, 24, 35)');
    expect(await seriousViolations(dark)).toEqual([]);
    const light = await h.open('https://www.tiktok.com/@glowwithmara');
    await light.emulateMedia({ colorScheme: 'light' });
    await panel(light).locator('[data-scout="overlay"][data-handle="glowwithmara"]').waitFor();
    expect(await overlayBg(await panelFrame(light), 'glowwithmara')).toBe('rgb(255, 255, 255)');
    await light.close();
    await page.close();
  });
});

describe('keyboard', () => {
  /**
   * Tab through the page: every enabled, shown control is reached (not those in a closed <details>), and
   * each shows a focus indicator. With `within` (a selector, searched in open shadow roots too), only the
   * controls inside it count; with `frame`, they are looked for in that frame's document (a panel on TikTok's page).
   */
  async function tabThrough(page: Page, within?: string, max = 300, frame?: Frame): Promise<{ missed: string[]; unmarked: string[] }> {
    // A panel's controls live in its frame's document; the Tab key is pressed on the page around it.
    const doc = frame ?? page;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen = new Set<string>();
    const unmarked: string[] = [];
    let last = '';
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const f = await doc.evaluate((scope) => {
        let el = document.activeElement as HTMLElement | null;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
        if (!el || el === document.body) return undefined;
        if (scope && !el.closest(scope)) return undefined;
        if (!el.dataset.tabProbe) el.dataset.tabProbe = String(Math.random());
        const s = getComputedStyle(el);
        const marked = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || /rgb|#/.test(s.boxShadow);
        return { id: el.dataset.tabProbe, marked, what: `${el.localName}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} ${el.textContent?.trim().slice(0, 30) ?? ''}` };
      }, within);
      // A date or time input takes several Tabs (one per field).
      if (!f || f.id === last) continue;
      if (seen.has(f.id)) break;
      last = f.id;
      seen.add(f.id);
      if (!f.marked) unmarked.push(f.what);
    }
    const missed = await doc.evaluate((scope) => {
      const roots: ParentNode[] = [document, ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
      const container = scope ? roots.map((r) => r.querySelector(scope)).find(Boolean) : document;
      if (!container) return [`nothing matches ${scope}`];
      return [...container.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
        (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && el.tabIndex >= 0 && (el.localName !== 'input' || (el as HTMLInputElement).type !== 'radio' || (el as HTMLInputElement).checked),
      ).filter((el) => !el.dataset.tabProbe && !(el.closest('details:not([open])') && !el.closest('summary'))).map((el) => el.outerHTML.slice(0, 100));
    }, within);
    return { missed, unmarked };
  }

  for (const path of ['popup.html', 'options.html', 'dashboard.html', 'welcome.html']) {
    it(`${path}: every control is reached by Tab with a visible focus indicator`, async () => {
      const page = await h.openExtensionPage(path);
      await page.waitForLoadState('networkidle');
      expect(await tabThrough(page)).toEqual({ missed: [], unmarked: [] });
      await page.close();
    });
  }

  it('profile panel: every control is reached by Tab from the page, with a visible focus indicator', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    const p = panel(page);
    await p.locator('[data-scout="overlay"] [data-scout="score"]').waitFor();
    await p.locator('[data-scout="overlay"] button[aria-expanded="false"]').click();
    await p.locator('[data-scout="log-outreach"]').waitFor();
    expect(await tabThrough(page, '[data-scout="overlay"]', 300, await panelFrame(page))).toEqual({ missed: [], unmarked: [] });
    await page.close();
  });
});
