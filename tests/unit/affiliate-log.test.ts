import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { PAGE_FACING } from '../../lib/messaging/senders';
import { settingsRepo } from '../../storage/settings';
import { pipelineRepo } from '../../storage/pipeline';
import { outboxRepo } from '../../storage/outbox';
import { freshDb } from './db-helpers';
import { affiliateJson, URLS } from './affiliate-fixtures';

const OWN = { id: 'scoutid', origin: 'chrome-extension://scoutid/' };
const fromAffiliate = { id: 'scoutid', url: 'https://affiliate.tiktok.com/connection/creator', tab: { id: 1, url: 'https://affiliate.tiktok.com/connection/creator' } };
// The list's bulk bar: an extension page framed in the same tab; what is not page-facing comes from it.
const fromBulkBar = { id: 'scoutid', url: 'chrome-extension://scoutid/bulk-bar.html', tab: fromAffiliate.tab };
const senderOf = (m: unknown) => (PAGE_FACING.has((m as { type: never }).type) ? fromAffiliate : fromBulkBar);
let now = new Date('2026-11-25T10:00:00Z');

let db: ScoutDB;
afterEach(() => db?.delete());

async function setup() {
  db = freshDb();
  now = new Date('2026-11-25T10:00:00Z');
  await settingsRepo.put(db, 'profile.me', 'alex');
  let changes = 0;
  const route = createRouter(createHandlers(db, () => now, { changed: () => changes++ }), OWN);
  const ask = bindAsk((m) => route(m, senderOf(m)));
  // The Find creators list was on screen first: it tells which handle each creator id is.
  await ask('affiliate.tapped', { url: URLS.find, status: 200, requestBody: '{}', body: affiliateJson('marketplace-find.response.json') });
  return { ask, changes: () => changes };
}

const REQ = JSON.stringify(affiliateJson('invitation-create.request.json'));
const invite = (body: string, req = REQ, status = 200, url = URLS.invite) => ({ url, status, requestBody: req, body: affiliateJson(body) });

describe('invitations log themselves', () => {
  it('one seller_center_invite event per invited creator, prospect → contacted, new creators added, synced', async () => {
    const { ask } = await setup();
    await ask('pipeline.add', { handle: 'lumi.skin' });
    await ask('pipeline.add', { handle: 'bakewithbea' });
    await ask('pipeline.setStage', { handle: 'bakewithbea', stage: 'negotiating' });
    const r = await ask('affiliate.tapped', invite('invitation-create.success.json'));
    expect(r).toEqual({ kind: 'invitation', logged: 2 });
    const events = await db.outreach.toArray();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      channel: 'seller_center_invite', direction: 'out', author: 'alex',
      invitation: { id: '7588001122334455667', name: 'Spring glow launch', products: [{ id: '1729384756102938400', commission: 0.15 }] },
    });
    expect(events[0]!.note).toContain('Spring glow launch');
    expect((await pipelineRepo.get(db, 'lumi.skin'))!.stage).toBe('contacted');
    // Never backwards.
    expect((await pipelineRepo.get(db, 'bakewithbea'))!.stage).toBe('negotiating');
    const queued = await db.outbox.where('table').equals('outreach').count();
    expect(queued).toBe(2);
    expect(await outboxRepo.count(db)).toBeGreaterThan(2);
  });

  it('is idempotent: the same invitation seen again (retry, reload, second tab) logs nothing more', async () => {
    const { ask } = await setup();
    await ask('affiliate.tapped', invite('invitation-create.success.json'));
    const outbox = await db.outbox.count();
    now = new Date('2026-11-25T10:05:00Z');
    const again = await Promise.all([ask('affiliate.tapped', invite('invitation-create.success.json')), ask('affiliate.tapped', invite('invitation-create.success.json'))]);
    expect(again.map((a) => a.logged)).toEqual([0, 0]);
    expect(await db.outreach.count()).toBe(2);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('creators in conflict_list are not logged; creators never seen in Find creators are not guessed', async () => {
    const { ask } = await setup();
    expect(await ask('affiliate.tapped', invite('invitation-create.partial-conflict.response.json'))).toEqual({ kind: 'invitation', logged: 1 });
    expect((await db.outreach.toArray()).map((e) => e.handle)).toEqual(['lumi.skin']);
    expect(await db.pipeline.get('bakewithbea')).toBeUndefined();
    const unknown = REQ.replace('7493999545809013414', '7000000000000000001').replace('7493999545809013418', '7000000000000000002');
    expect(await ask('affiliate.tapped', invite('invitation-create.success.json', unknown))).toEqual({ kind: 'invitation', logged: 0 });
  });

  it('failed and unfamiliar requests log nothing; an unfamiliar one is offered to the bulk bar, then logged by one click', async () => {
    const { ask } = await setup();
    expect(await ask('affiliate.tapped', invite('invitation-create.http-500.response.json', REQ, 500))).toEqual({ kind: 'invitation-failed', logged: 0 });
    expect(await ask('affiliate.tapped', invite('invitation-create.failed-code.response.json'))).toEqual({ kind: 'invitation-failed', logged: 0 });
    expect(await ask('affiliate.pendingInvite', {})).toEqual({ handles: [] });
    const odd = invite('invitation-create.unfamiliar.response.json', JSON.stringify(affiliateJson('invitation-create.unfamiliar.request.json')));
    expect(await ask('affiliate.tapped', odd)).toEqual({ kind: 'invitation-unrecognised', logged: 0 });
    expect(await db.outreach.count()).toBe(0);
    expect(await ask('affiliate.pendingInvite', {})).toEqual({ at: now.toISOString(), handles: [] });
    expect(await ask('affiliate.logSelectedInvite', { handles: ['lumi.skin', 'casa.de.ana'] })).toEqual({ logged: 2 });
    expect((await db.outreach.toArray()).map((e) => e.channel)).toEqual(['seller_center_invite', 'seller_center_invite']);
    expect(await ask('affiliate.pendingInvite', {})).toEqual({ handles: [] });
    // The offer expires.
    await ask('affiliate.tapped', odd);
    now = new Date(now.getTime() + 16 * 60 * 1000);
    expect(await ask('affiliate.pendingInvite', {})).toEqual({ handles: [] });
  });

  it('an unfamiliar request sent from the invitation page offers the creators its address names', async () => {
    const { ask } = await setup();
    const page = 'https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=US&creator_ids[0]=7493999545809013416&creator_ids[1]=7493999545809013417&creator_ids[2]=999&x=<b>';
    const odd = { ...invite('invitation-create.unfamiliar.response.json', JSON.stringify(affiliateJson('invitation-create.unfamiliar.request.json'))), page };
    expect(await ask('affiliate.tapped', odd)).toEqual({ kind: 'invitation-unrecognised', logged: 0 });
    expect(await ask('affiliate.pendingInvite', {})).toEqual({ at: now.toISOString(), handles: ['casa.de.ana', 'techtok.raf'] });
    expect(await db.outreach.count()).toBe(0);
  });

  it('the older target_plan form (Indonesia) logs from the ai/find ids', async () => {
    const { ask } = await setup();
    await ask('affiliate.tapped', { url: URLS.aiFind, status: 200, body: affiliateJson('marketplace-ai-find.id.response.json') });
    const r = await ask('affiliate.tapped', invite('target-plan-create.success.json', JSON.stringify(affiliateJson('target-plan-create.request.json')), 200, URLS.targetPlan));
    expect(r).toEqual({ kind: 'invitation', logged: 2 });
    expect((await db.outreach.toArray()).map((e) => e.handle).sort()).toEqual(['dapurbunda', 'putri.glow']);
    // Not in the pipeline before: added (tier from the list's figures, owner = me), then contacted.
    expect(await pipelineRepo.get(db, 'putri.glow')).toMatchObject({ stage: 'contacted', tier: 'mid', owner: 'alex' });
    const tooOften = invite('target-plan-create.too-often.json', JSON.stringify(affiliateJson('target-plan-create.request.json')), 200, URLS.targetPlan);
    expect(await ask('affiliate.tapped', tooOften)).toEqual({ kind: 'invitation-failed', logged: 0 });
  });

  it('counts toward the weekly quota', async () => {
    const { ask } = await setup();
    await ask('affiliate.tapped', invite('invitation-create.success.json'));
    expect(await ask('quota.usage', {})).toMatchObject({ invites: { used: 2, limit: 500 }, messages: { used: 0 } });
  });
});

describe('IM logs itself', () => {
  it('an outbound message at most once an hour per creator; a reply logs inbound and moves to replied', async () => {
    const { ask } = await setup();
    const send = (id: string) => ({ url: URLS.imSend, status: 200, requestBody: JSON.stringify(affiliateJson('im-send.request.json')), body: { code: 0, data: { message: { server_message_id: id } } } });
    expect(await ask('affiliate.tapped', send('m1'))).toEqual({ kind: 'im', logged: 1 });
    now = new Date('2026-11-25T10:30:00Z');
    expect(await ask('affiliate.tapped', send('m2'))).toEqual({ kind: 'im', logged: 0 });
    now = new Date('2026-11-25T11:01:00Z');
    expect(await ask('affiliate.tapped', send('m3'))).toEqual({ kind: 'im', logged: 1 });
    expect((await pipelineRepo.get(db, 'lumi.skin'))!.stage).toBe('contacted');

    const get = { url: URLS.imGet, status: 200, requestBody: '{}', body: affiliateJson('im-get.response.json') };
    expect(await ask('affiliate.tapped', get)).toEqual({ kind: 'im', logged: 1 });
    expect(await ask('affiliate.tapped', get)).toEqual({ kind: 'im', logged: 0 });
    const inbound = (await db.outreach.toArray()).filter((e) => e.direction === 'in');
    expect(inbound).toHaveLength(1);
    expect(inbound[0]).toMatchObject({ channel: 'seller_center_im', at: new Date(1795000600000).toISOString() });
    expect((await pipelineRepo.get(db, 'lumi.skin'))!.stage).toBe('replied');
  });
});

describe('creator detail pages', () => {
  it('store GMV, GPM, follower split and contacts on the creator', async () => {
    const { ask } = await setup();
    const req = JSON.stringify(affiliateJson('profile.request.json'));
    for (const f of ['profile-sales.response.json', 'profile-followers.response.json', 'profile-contact.response.json']) {
      await ask('affiliate.tapped', { url: URLS.profile, status: 200, requestBody: req, body: affiliateJson(f) });
    }
    const c = (await db.creators.get('lumi.skin'))!;
    expect(c).toMatchObject({ gmv: 'USD 12840.50', itemsSold: 1200, avgViews: 15552, engagementRate: 0.041, bioLink: 'https://linktr.ee/lumiskin' });
    expect(c.affiliate).toMatchObject({ gpm: 'USD 18.40', followerGender: { female: 0.71, male: 0.29 }, followerRegion: { US: 0.82, CA: 0.07 } });
    expect(c.contacts!.map((x) => x.kind).sort()).toEqual(['email', 'email', 'instagram', 'link', 'whatsapp', 'youtube']);
  });
});

describe('hostile input through the router', () => {
  it('answers, never throws, and stores nothing', async () => {
    const { ask } = await setup();
    const before = await db.outreach.count();
    for (const body of [{ code: 0, data: { invitation: { id: '<script>' } } }, { data: { creator_profile_list: [{ handle: { value: '../../x' }, creator_oecuid: { value: '1' } }] } }, [], null]) {
      const r = await ask('affiliate.tapped', { url: URLS.invite, status: 200, requestBody: REQ, body: body });
      expect(r.logged).toBe(0);
    }
    await expect(ask('affiliate.tapped', { url: 'x'.repeat(5000), status: 200 })).rejects.toThrow(/4000/);
    expect(await db.outreach.count()).toBe(before);
  });
});
