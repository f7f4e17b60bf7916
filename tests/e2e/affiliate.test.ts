import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, startHarness, type Harness, type Route } from './harness';

let h: Harness;
const FIND = 'affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find';
const INVITE = 'affiliate.tiktok.com/api/v1/oec/affiliate/seller/invitation_group/create';
const json = (name: string) => JSON.parse(fixture(`affiliate/${name}`));
/** The list's bulk bar: an extension page in a frame of the affiliate-center tab. */
const bulkBar = (page: Page) => page.frameLocator('[data-scout="panel-frame"][data-frame="bulk-bar"]');
const reply = (body: unknown, status = 200): Route => ({ status, type: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) });
/** What the fake affiliate center answers next; tests change it. */
let findReply: Route = reply(json('marketplace-find.response.json'));
let inviteReply: Route = reply(json('invitation-create.success.json'));
const REQUEST = json('invitation-create.request.json');
let sent = 0;

beforeAll(async () => {
  h = await startHarness();
  h.routes.set('affiliate.tiktok.com/connection/creator', { body: fixture('affiliate/find-creators.html') });
  h.routes.set(FIND, () => findReply);
  h.routes.set(INVITE, () => inviteReply);
  h.routes.set('affiliate.tiktok.com/api/v1/oec/affiliate/seller/im/message/send', () => reply({ code: 0, data: { message: { server_message_id: `m${++sent}` } } }));
  h.routes.set('affiliate.tiktok.com/api/v1/im/conversation/get_by_conversation', reply(json('im-get.response.json')));
});
afterAll(async () => h?.close());

interface Ev { handle: string; channel: string; direction: string; invitation?: { id: string } }
/** The extension's own database, read from one of its pages (same origin). */
async function outreach(page: Page): Promise<Ev[]> {
  return page.evaluate(
    () =>
      new Promise<Ev[]>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const q = db.transaction('outreach').objectStore('outreach').getAll();
          q.onsuccess = () => {
            resolve(q.result as Ev[]);
            db.close();
          };
        };
      }),
  );
}

async function openList(): Promise<Page> {
  const page = await h.open('https://affiliate.tiktok.com/connection/creator?shop_region=US');
  await expect.poll(() => page.locator('#app-status').textContent(), { timeout: 10_000 }).toBe('ready');
  await expect.poll(() => page.locator('[data-scout="chip"]').count(), { timeout: 10_000 }).toBe(5);
  return page;
}

describe('affiliate center: outreach that logs itself', () => {
  it('the page’s own invitation (fetch) logs one event per creator; stage, popup rows and quota meter follow; XHR, a reload and a second tab do not duplicate', async () => {
    const errors: string[] = [];
    const page = await openList();
    page.on('pageerror', (e) => errors.push(e.message));
    const popup = await h.openExtensionPage('popup.html');

    expect(await page.evaluate((b) => (window as any).__invite(b, 'fetch'), REQUEST)).toMatchObject({ status: 200, body: { code: 0 } });
    await expect.poll(async () => (await outreach(popup)).length, { timeout: 10_000 }).toBe(2);
    const events = await outreach(popup);
    expect(events.map((e) => e.handle).sort()).toEqual(['bakewithbea', 'lumi.skin']);
    expect(events.every((e) => e.channel === 'seller_center_invite' && e.direction === 'out' && e.invitation?.id === '7588001122334455667')).toBe(true);

    await popup.reload();
    const row = popup.locator('[data-scout="row"][data-handle="lumi.skin"]');
    await expect.poll(() => row.getAttribute('data-stage'), { timeout: 5000 }).toBe('contacted');
    expect(await row.getAttribute('data-outreach')).toBe('1');
    const quota = popup.locator('[data-scout="quota"]');
    await expect.poll(() => quota.getAttribute('data-used'), { timeout: 5000 }).toBe('2');
    expect(Number(await quota.getAttribute('data-limit'))).toBeGreaterThan(0);
    // The bulk bar shows the same meter.
    await expect.poll(() => bulkBar(page).locator('[data-scout="quota"]').getAttribute('data-used'), { timeout: 8000 }).toBe('2');

    // The same invitation again: over XHR, after a reload, and from a second tab (a Request object).
    await page.evaluate((b) => (window as any).__invite(b, 'xhr'), REQUEST);
    await page.reload();
    await expect.poll(() => page.locator('#app-status').textContent(), { timeout: 10_000 }).toBe('ready');
    await page.evaluate((b) => (window as any).__invite(b, 'xhr'), REQUEST);
    const second = await openList();
    await second.evaluate((b) => (window as any).__invite(b, 'request'), REQUEST);
    await popup.waitForTimeout(1500);
    expect(await outreach(popup)).toHaveLength(2);
    expect(errors).toEqual([]);
    await Promise.all([second.close(), popup.close(), page.close()]);
  });

  it('a failed request logs nothing; an unfamiliar one logs nothing and offers the one-click log for the selection', async () => {
    const page = await openList();
    const popup = await h.openExtensionPage('popup.html');
    const before = (await outreach(popup)).length;

    inviteReply = reply(json('invitation-create.http-500.response.json'), 500);
    expect(await page.evaluate((b) => (window as any).__invite(b, 'xhr'), { ...REQUEST, invitation_group: { ...REQUEST.invitation_group, name: 'Other' } })).toMatchObject({ status: 500 });
    inviteReply = reply(json('invitation-create.failed-code.response.json'));
    await page.evaluate((b) => (window as any).__invite(b, 'fetch'), REQUEST);

    inviteReply = reply(json('invitation-create.unfamiliar.response.json'));
    await page.evaluate((b) => (window as any).__invite(b, 'fetch'), json('invitation-create.unfamiliar.request.json'));
    await page.locator('[data-scout="chip"][data-handle="casa.de.ana"] input').check();
    const logIt = bulkBar(page).locator('[data-scout="log-invite"]');
    await expect.poll(() => logIt.count(), { timeout: 10_000 }).toBe(1);
    expect((await outreach(popup)).length).toBe(before);

    await logIt.click();
    await expect.poll(async () => (await outreach(popup)).filter((e) => e.handle === 'casa.de.ana').length, { timeout: 5000 }).toBe(1);
    expect((await outreach(popup)).length).toBe(before + 1);
    await expect.poll(() => logIt.count(), { timeout: 10_000 }).toBe(0);
    inviteReply = reply(json('invitation-create.success.json'));
    await Promise.all([popup.close(), page.close()]);
  });

  it('affiliate IM: one outbound event an hour per creator; a reply in the open conversation logs inbound and moves to replied', async () => {
    const page = await openList();
    const popup = await h.openExtensionPage('popup.html');
    const msg = json('im-send.request.json');
    const im = async () => (await outreach(popup)).filter((e) => e.channel === 'seller_center_im');
    await page.evaluate((b) => (window as any).__send(b, 'fetch'), msg);
    await expect.poll(async () => (await im()).length, { timeout: 10_000 }).toBe(1);
    await page.evaluate((b) => (window as any).__send(b, 'xhr').then(() => undefined), msg);
    await page.evaluate((b) => (window as any).__conversation(b, 'xhr').then(() => undefined), { conversation_id: msg.conversation_id });
    await expect.poll(async () => (await im()).filter((e) => e.direction === 'in').length, { timeout: 10_000 }).toBe(1);
    expect((await im()).filter((e) => e.direction === 'out')).toHaveLength(1);
    await popup.reload();
    await expect.poll(() => popup.locator('[data-scout="row"][data-handle="lumi.skin"]').getAttribute('data-stage'), { timeout: 5000 }).toBe('replied');
    await Promise.all([popup.close(), page.close()]);
  });

  it('hostile or broken bodies never throw into the page', async () => {
    const hostile = [
      'not json at all',
      JSON.stringify({ code: 0, data: { creator_profile_list: [{ handle: { value: '<img src=x onerror=window.__pwned=1>' }, creator_oecuid: { value: { toString: 1 } } }, null, 7] } }),
      JSON.stringify({ creator_profile_list: Array.from({ length: 3000 }, (_, i) => ({ creator_oecuid: { value: String(i) }, handle: { value: `h${i}` } })) }),
      JSON.stringify(JSON.parse('{"__proto__":{"polluted":1},"code":"0","creator_profile_list":{"length":5}}')),
      '{"a":' + '['.repeat(2000) + ']'.repeat(2000) + '}',
    ];
    for (const body of hostile) {
      findReply = reply(body);
      const page = await h.open('https://affiliate.tiktok.com/connection/creator?shop_region=US');
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await expect.poll(() => page.locator('#app-status').textContent(), { timeout: 10_000 }).toMatch(/ready|app error/);
      // The page's own request got its own answer, untouched.
      const seen = await page.evaluate(() => (window as any).__results[0]?.status);
      expect(seen).toBe(200);
      inviteReply = reply(body);
      await page.evaluate((b) => (window as any).__invite(b, 'xhr').then(() => (window as any).__invite(b, 'fetch')).then(() => undefined), REQUEST);
      await page.waitForTimeout(300);
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as any).__pwned ?? ({} as any).polluted)).toBeUndefined();
      await page.close();
    }
    findReply = reply(json('marketplace-find.response.json'));
    inviteReply = reply(json('invitation-create.success.json'));
  });
});
