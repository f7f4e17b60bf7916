import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, startHarness, type Harness } from './harness';
import { pagedMarketplacePage, spaProductPage, spaProfilePage, userDetailJson } from './pages';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
  h.routes.set('www.tiktok.com/@hostile', { body: fixture('tiktok/profile-hostile.html').replaceAll('glowwithmara', 'hostile') });
  // A dark page that also styles every iframe: our frame must stay shown, in its corner, transparent around the panel.
  h.routes.set('www.tiktok.com/@dark_mode', {
    body: fixture('tiktok/profile-en.html').replaceAll('glowwithmara', 'dark_mode')
      .replace('<head>', '<head><meta name="color-scheme" content="dark"><style>:root{color-scheme:dark;background:#111}body{background:#111;color:#eee}iframe{color-scheme:dark !important;opacity:.2 !important;left:0 !important;width:10px !important}</style>'),
  });
  h.routes.set('www.tiktok.com/@redesigned', { body: fixture('tiktok/profile-redesigned.html').replaceAll('glowwithmara', 'redesigned') });
  // TikTok sends a Content-Security-Policy; a strict one (no inline styles or scripts, no other origins)
  // must not keep our isolated-world script or the shadow root's stylesheet out.
  h.routes.set('www.tiktok.com/@strict_csp', {
    body: fixture('tiktok/profile-en.html').replaceAll('glowwithmara', 'strict_csp'),
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'" },
  });
  h.routes.set('seller-us.tiktok.com/connection/creator', {
    body: pagedMarketplacePage(),
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'" },
  });
  h.routes.set('www.tiktok.com/@video_maker/video/7430000000000011000', { body: fixture('tiktok/video-en.html').replaceAll('glowwithmara', 'video_maker') });
  h.routes.set('affiliate.tiktok.com/connection/long-list', { body: pagedMarketplacePage() });
  h.routes.set('www.tiktok.com/shop/pdp/spa-serum/1729384756102938475', { body: spaProductPage() });
  h.routes.set('shop.tiktok.com/store/dewlab-skin', { body: '<!doctype html><title>Dewlab Skin - TikTok Shop</title><h1>Dewlab Skin</h1><p>32 products</p>' });
  h.routes.set('www.tiktok.com/@spa_start', { body: spaProfilePage().replaceAll('glowwithmara', 'spa_start') });
  h.routes.set('www.tiktok.com/api/user/detail/', { type: 'application/json', body: userDetailJson() });
  h.routes.set('affiliate.tiktok.com/connection/creator', { body: pagedMarketplacePage() });
  h.routes.set('www.tiktok.com/shop/pdp/hydrating-barrier-serum-30ml/1729384756102938475', { body: fixture('tiktok/product-en.html') });
});
afterAll(async () => h?.close());

/** The parts of the service worker's `chrome` the tests use; `dispatch` fires an event's listeners. */
interface SwChrome {
  tabs: { query(q: object): Promise<unknown[]> };
  commands: { onCommand: { dispatch(command: string, tab?: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: object): void } };
}

/** The panel frame of a kind in the page, and its document (the panels are extension pages in iframes). */
const frameEl = (page: Page, kind = 'panel') => page.locator(`[data-scout="panel-frame"][data-frame="${kind}"]`);
const panel = (page: Page, kind = 'panel') => page.frameLocator(`[data-scout="panel-frame"][data-frame="${kind}"]`);
const overlays = (page: Page) => panel(page).locator('[data-scout="overlay"]');

describe('profile overlay', () => {
  it('adds, changes stage and logs outreach; the popup shows the result', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-handle="glowwithmara"] [data-scout="score"]').count(), { timeout: 10_000 }).toBe(1);
    await panel(page).locator('[data-scout="add"]').click();
    await expect.poll(() => panel(page).locator('[data-scout="stage"]').inputValue()).toBe('prospect');
    await panel(page).locator('[data-scout="overlay"] button[aria-expanded]').click();
    await panel(page).getByLabel('Channel').selectOption('seller_center_invite');
    await panel(page).getByPlaceholder('Note (Enter to log)').fill('invited to the serum campaign');
    await panel(page).locator('[data-scout="log-outreach"]').click();
    await expect.poll(() => panel(page).locator('[data-scout="status"]').textContent()).toBe('Outreach logged');
    expect(await panel(page).locator('[data-scout="stage"]').inputValue()).toBe('contacted');
    await panel(page).locator('[data-scout="stage"]').selectOption('negotiating');
    await expect.poll(() => panel(page).locator('[data-scout="status"]').textContent()).toContain('Negotiating');

    const popup = await h.openExtensionPage('popup.html?handle=glowwithmara');
    await expect.poll(() => popup.locator('[data-scout="row"][data-handle="glowwithmara"] [data-scout="row-stage"]').textContent(), { timeout: 5000 }).toBe('Negotiating');
    await expect.poll(() => popup.locator('[data-scout="current-creator"]').textContent()).toContain('invited to the serum campaign');
    await popup.close();
    await page.close();
  });

  it('follows client-side navigation to the next creator, with one panel', async () => {
    const page = await h.open('https://www.tiktok.com/@spa_start');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-handle="spa_start"]').count(), { timeout: 10_000 }).toBe(1);
    await page.locator('#go').click();
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-handle="quietkate"] [data-scout="score"]').count(), { timeout: 5000 }).toBe(1);
    expect(await overlays(page).count()).toBe(1);
    expect(await page.locator('[data-scout="panel-frame"]').count()).toBe(1);
    expect(await frameEl(page).getAttribute('data-handle')).toBe('quietkate');
    expect(await panel(page).locator('[data-scout="overlay"]').textContent()).toContain('Kate Quiet');
    expect(await panel(page).locator('[data-scout="overlay"]').textContent()).not.toContain('Skincare Nerd');
    await page.close();
  });

  it('works, styled, on a page with a strict Content-Security-Policy', async () => {
    const page = await h.open('https://www.tiktok.com/@strict_csp');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-handle="strict_csp"] [data-scout="score"]').count(), { timeout: 10_000 }).toBe(1);
    // Tailwind's w-80 and shadow-xl reached the panel's frame: neither the frame nor its stylesheet was blocked.
    const style = await panel(page).locator('[data-scout="overlay"][data-handle="strict_csp"]').evaluate((el) => {
      const s = getComputedStyle(el);
      return { width: s.width, shadow: s.boxShadow };
    });
    expect(style.width).toBe('320px');
    expect(style.shadow).not.toBe('none');
    // The policy is in force for the page itself: its own inline style is refused.
    const refused = await page.evaluate(() => new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }));
      setTimeout(() => resolve('none'), 2000);
    }));
    expect(refused).toMatch(/^style-src/);
    await page.close();
  });

  it('shows the creator of a video page, and adds them from there', async () => {
    const page = await h.open('https://www.tiktok.com/@video_maker/video/7430000000000011000');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-handle="video_maker"] [data-scout="score"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await overlays(page).count()).toBe(1);
    await panel(page).locator('[data-scout="overlay"] button[aria-expanded]').click();
    // A video page shows no follower count: "not available", and Reach is left out of the score, not 0.
    const text = await overlays(page).textContent();
    expect(text).toContain('Followersnot available');
    expect(text).toContain('Reach: not available');
    expect(text).toContain('Mara | Skincare Nerd');
    await panel(page).locator('[data-scout="add"]').click();
    await expect.poll(() => panel(page).locator('[data-scout="stage"]').inputValue()).toBe('prospect');
    await page.close();
  });

  it('moves to the other bottom corner, and every panel stays there', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    const dock = panel(page).locator('[data-scout="dock"]');
    await expect.poll(() => dock.getAttribute('data-side'), { timeout: 10_000 }).toBe('right');
    await expect.poll(async () => (await frameEl(page).boundingBox())?.x ?? 0).toBeGreaterThan(500);
    await panel(page).getByLabel('Move Creator Scout to the left').click();
    await expect.poll(() => dock.getAttribute('data-side')).toBe('left');
    // The content script moved the frame itself to the left corner.
    await expect.poll(async () => (await frameEl(page).boundingBox())!.x).toBeLessThan(100);
    expect((await panel(page).locator('[data-scout="overlay"]').boundingBox())!.x).toBeLessThan(100);
    await page.close();
    // Another page, another panel: the list's bulk bar opens on the left too.
    const list = await h.open('https://affiliate.tiktok.com/connection/creator');
    const bar = panel(list, 'bulk-bar');
    await expect.poll(() => bar.locator('[data-scout="dock"]').getAttribute('data-side'), { timeout: 10_000 }).toBe('left');
    await expect.poll(async () => (await frameEl(list, 'bulk-bar').boundingBox())?.x ?? 1000).toBeLessThan(100);
    await bar.getByLabel('Move Creator Scout to the right').click();
    await expect.poll(() => bar.locator('[data-scout="dock"]').getAttribute('data-side')).toBe('right');
    await list.close();
  });

  it('on a dark page that styles iframes, stays shown in its corner and transparent around the panel', async () => {
    const page = await h.open('https://www.tiktok.com/@dark_mode');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-handle="dark_mode"] [data-scout="score"]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await frameEl(page).boundingBox())?.width ?? 0).toBeGreaterThan(300);
    const box = (await frameEl(page).boundingBox())!;
    expect(box.x).toBeGreaterThan(500);
    expect(await frameEl(page).evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    // The panel is dark like the page (TikTok's surface colour); around it the page's own dark background
    // shows through the frame.
    expect(await panel(page).locator('[data-scout="overlay"]').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 24, 35)');
    const shot = await page.screenshot({ clip: { x: box.x + 1, y: box.y + 1, width: 2, height: 2 } });
    const decoder = await h.context.newPage();
    const pixel = await decoder.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return [...g.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, shot.toString('base64'));
    await decoder.close();
    expect(Math.max(...pixel)).toBeLessThan(40); // #111, not a white backdrop
    await page.close();
  });

  it('shows hostile page text as text', async () => {
    const page = await h.open('https://www.tiktok.com/@hostile');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-handle="hostile"]').count(), { timeout: 10_000 }).toBe(1);
    await panel(page).locator('[data-scout="overlay"] button[aria-expanded]').click();
    expect(await panel(page).locator('[data-scout="overlay"]').textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('says so when it cannot read a page, and TikTok keeps working', async () => {
    const page = await h.open('https://www.tiktok.com/@redesigned');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await expect.poll(() => panel(page).locator('[data-scout="overlay"][data-state="unreadable"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel(page).locator('[data-scout="overlay"]').textContent()).toMatch(/could not read this page/);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Playwright cannot press an extension command or open a context menu; the service worker's own event
  // objects can dispatch them, so the real listeners, tab messaging and storage all run.
  it('opens the panel with the keyboard shortcut, and adds a creator from a link\'s context menu', async () => {
    const page = await h.open('https://www.tiktok.com/@glowwithmara');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"] [data-scout="score"]').count(), { timeout: 10_000 }).toBe(1);
    await panel(page).getByLabel('Hide Creator Scout').click();
    await expect.poll(() => frameEl(page).isVisible()).toBe(false);
    await page.bringToFront();
    const worker = h.context.serviceWorkers()[0]!;
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: SwChrome };
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      chrome.commands.onCommand.dispatch('open-panel', tab);
    });
    await expect.poll(() => panel(page).locator('[data-scout="overlay"] button[aria-expanded="true"]').count(), { timeout: 5000 }).toBe(1);
    expect(await frameEl(page).isVisible()).toBe(true);
    // The shortcut focused the frame, and inside it the panel's first control.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-scout'))).toBe('panel-frame');
    await expect.poll(() => panel(page).locator('[data-scout="overlay"] button[aria-expanded]').evaluate((el) => el === document.activeElement)).toBe(true);
    // Escape closes it and the focus is back in the page.
    await page.keyboard.press('Escape');
    await expect.poll(() => frameEl(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-scout') ?? 'page')).toBe('page');

    await worker.evaluate(() => {
      const info = { menuItemId: 'scout-add-creator', linkUrl: 'https://www.tiktok.com/@linked.creator?lang=en', editable: false, pageUrl: 'https://www.tiktok.com/@glowwithmara' };
      (globalThis as unknown as { chrome: SwChrome }).chrome.contextMenus.onClicked.dispatch(info);
    });
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-scout="row"][data-handle="linked.creator"] [data-scout="row-stage"]').textContent(), { timeout: 5000 }).toBe('Prospect');
    await popup.close();
    await page.close();
  });
});

describe('creator lists', () => {
  it('puts a chip on every row, including rows from paging and infinite scroll, and bulk-adds', async () => {
    const page = await h.open('https://affiliate.tiktok.com/connection/creator?shop_region=US');
    const chips = page.locator('[data-scout="chip"]');
    await expect.poll(() => chips.count(), { timeout: 10_000 }).toBe(20);
    expect(await page.locator('[data-scout="chip"][data-handle="creator_a0"]').count()).toBe(1);

    await page.locator('#next').click();
    await expect.poll(() => page.locator('[data-scout="chip"][data-handle^="paged_"]').count(), { timeout: 5000 }).toBe(20);
    expect(await chips.count()).toBe(20);
    await page.locator('#more').click();
    await expect.poll(() => chips.count(), { timeout: 5000 }).toBe(120);

    // Select two, add them; the others stay out.
    await page.locator('[data-scout="chip"][data-handle="paged_100"] input').check();
    await page.locator('[data-scout="chip"][data-handle="paged_101"] input').check();
    await panel(page, 'bulk-bar').locator('[data-scout="bulk-add"]').click();
    await expect.poll(() => panel(page, 'bulk-bar').locator('[data-scout="status"]').textContent()).toBe('2 added to the pipeline');
    await expect.poll(() => page.locator('[data-scout="chip"][data-handle="paged_100"] [data-scout="chip-pipeline"]').getAttribute('data-in-pipeline')).toBe('yes');
    // The chip says "in the pipeline", never the stage or anything else we know.
    expect(await page.locator('[data-scout="chip"][data-handle="paged_100"]').textContent()).not.toContain('Prospect');
    expect(await page.locator('[data-scout="chip"][data-handle="paged_102"] [data-scout="chip-pipeline"]').getAttribute('data-in-pipeline')).toBe('no');

    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-scout="row"][data-handle="paged_101"]').count(), { timeout: 5000 }).toBe(1);
    expect(await popup.locator('[data-scout="row"][data-handle="paged_102"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('shop product page', () => {
  it('bulk-adds a list longer than one message carries, in batches', async () => {
    const page = await h.open('https://affiliate.tiktok.com/connection/long-list');
    const chips = page.locator('[data-scout="chip"]');
    await expect.poll(() => chips.count(), { timeout: 10_000 }).toBe(20);
    await page.evaluate(() => {
      const more = document.getElementById('more')!;
      more.dataset.count = '1180';
      more.click();
    });
    await expect.poll(() => chips.count(), { timeout: 10_000 }).toBe(1200);
    await panel(page, 'bulk-bar').locator('[data-scout="bulk-add"]').click();
    // The count in the reader's notation (Intl): an English browser groups thousands.
    await expect.poll(() => panel(page, 'bulk-bar').locator('[data-scout="status"]').textContent(), { timeout: 20_000 }).toBe('1,200 added to the pipeline');
    // Every row now shows its stage: all 1200 reached the pipeline.
    const staged = () => page.evaluate(() => [...document.querySelectorAll('[data-scout="chip-pipeline"][data-in-pipeline="yes"]')].length);
    await expect.poll(staged, { timeout: 10_000 }).toBe(1200);
    await page.close();
  });

  it('styles its chips on a list served with a strict Content-Security-Policy', async () => {
    const page = await h.open('https://seller-us.tiktok.com/connection/creator');
    const chip = page.locator('[data-scout="chip"][data-handle="creator_a0"]');
    await expect.poll(() => chip.count(), { timeout: 10_000 }).toBe(1);
    expect(await chip.evaluate((el) => getComputedStyle(el).display)).toBe('inline-flex');
    await page.close();
  });

  it('follows client-side navigation to another product, never showing the old one for the new address', async () => {
    const page = await h.open('https://www.tiktok.com/shop/pdp/spa-serum/1729384756102938475');
    await expect.poll(() => panel(page, 'shop-panel').locator('[data-scout="product"][data-product-id="1729384756102938475"]').count(), { timeout: 10_000 }).toBe(1);
    await page.locator('#go').click();
    // The old content stays 700 ms after the address changed: the panel waits for the new product.
    await expect.poll(() => panel(page, 'shop-panel').locator('[data-scout="product"][data-state="reading"]').count(), { timeout: 2000 }).toBe(1);
    expect(await panel(page, 'shop-panel').locator('[data-scout="product"][data-product-id="1729384756102938475"]').count()).toBe(0);
    await expect.poll(() => panel(page, 'shop-panel').locator('[data-scout="product"][data-product-id="1729384756100000099"]').textContent(), { timeout: 5000 }).toContain('Overnight Lip Mask 20g');
    expect(await panel(page, 'shop-panel').locator('[data-scout="product"]').count()).toBe(1);
    await page.close();
  });

  it('stays out of the way on Shop pages that are not product pages', async () => {
    const page = await h.open('https://shop.tiktok.com/store/dewlab-skin');
    // Once the page has settled, there is no frame: the script chose to show nothing.
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await page.locator('[data-scout="panel-frame"]').count()).toBe(0);
    await page.close();
  });

  it('saves the product, recruits a creator for it, and the creator\'s panel names it', async () => {
    const page = await h.open('https://www.tiktok.com/shop/pdp/hydrating-barrier-serum-30ml/1729384756102938475');
    await expect.poll(() => panel(page, 'shop-panel').locator('[data-scout="product"][data-product-id="1729384756102938475"]').count(), { timeout: 10_000 }).toBe(1);
    await panel(page, 'shop-panel').locator('[data-scout="save-product"]').click();
    await expect.poll(() => panel(page, 'shop-panel').locator('[data-scout="status"]').textContent()).toBe('Product saved');
    await panel(page, 'shop-panel').getByLabel('Recruit a creator for this product').fill('@GlowWithMara');
    await panel(page, 'shop-panel').getByRole('button', { name: 'Recruit' }).click();
    await expect.poll(() => panel(page, 'shop-panel').locator('[data-scout="product-recruits"] li[data-handle="glowwithmara"]').count()).toBe(1);
    await page.close();

    // The creator's own panel names the product they are recruited for.
    const profile = await h.open('https://www.tiktok.com/@glowwithmara');
    await expect.poll(() => panel(profile).locator('[data-scout="overlay"][data-handle="glowwithmara"] [data-scout="score"]').count(), { timeout: 10_000 }).toBe(1);
    await panel(profile).locator('[data-scout="overlay"] button[aria-expanded]').click();
    await expect.poll(() => panel(profile).locator('[data-scout="recruited-products"]').textContent()).toContain('Hydrating Barrier Serum');
    await profile.close();
  });
});
