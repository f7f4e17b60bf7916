import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk, call } from '../../lib/messaging/client';
import { MESSAGES, MessageError, type MessageType } from '../../lib/messaging/protocol';
import { PAGE_FACING } from '../../lib/messaging/senders';
import { settingsRepo } from '../../storage/settings';
import { outreachRepo } from '../../storage/outreach';
import { freshDb } from './db-helpers';

const OWN = { id: 'scoutid', origin: 'chrome-extension://scoutid/' };
const fromTikTok = { id: 'scoutid', url: 'https://www.tiktok.com/@mara', tab: { url: 'https://www.tiktok.com/@mara' } };
const fromPopup = { id: 'scoutid', url: 'chrome-extension://scoutid/popup.html' };
/** The profile panel: an extension page framed in a TikTok tab. */
const fromPanel = { id: 'scoutid', url: 'chrome-extension://scoutid/panel.html', tab: { id: 1, url: 'https://www.tiktok.com/@mara' } };
const NOW = new Date('2026-11-24T10:00:00Z');

let db: ScoutDB;
afterEach(() => db?.delete());

function setup() {
  db = freshDb();
  const route = createRouter(createHandlers(db, () => NOW), OWN);
  return { route, ask: bindAsk((m) => route(m, fromPanel)), askFromPopup: bindAsk((m) => route(m, fromPopup)) };
}

const creator = { handle: 'mara', nickname: 'Mara', bio: '', verified: false, followers: 184_300 };

describe('background router', () => {
  it('refuses other extensions, other sites and plain http', async () => {
    const { route } = setup();
    for (const sender of [
      { id: 'evil', url: 'https://www.tiktok.com/@x' },
      { id: 'scoutid', url: 'https://evil.example/' },
      { id: 'scoutid', url: 'http://www.tiktok.com/@x' },
      { id: 'scoutid', url: 'https://www.tiktok.com.evil.example/' },
      {},
    ]) {
      expect(await route({ type: 'ping' }, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await route({ type: 'ping' }, fromPopup)).toMatchObject({ ok: true, data: { pong: true } });
  });

  it('answers malformed messages with a typed error, never an exception', async () => {
    const { route } = setup();
    for (const bad of [null, 42, 'ping', { type: 'drop.tables' }, { type: 'pipeline.add', payload: { handle: '<script>' } }, { type: 'outreach.log', payload: { handle: 'mara', channel: 'fax' } }, { type: '__proto__' }, { type: 'toString' }]) {
      const r = await route(bad, fromPanel);
      expect(r).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(await route({ type: 'pipeline.setStage', payload: { handle: 'ghost', stage: 'active' } }, fromPanel)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('round-trips the overlay actions through real storage', async () => {
    const { ask } = setup();
    await settingsRepo.put(db, 'profile.me', 'alex');
    const observed = await ask('creator.observe', { creator, videos: [] });
    expect(observed.state.entry).toBeUndefined();
    const added = await ask('pipeline.add', { handle: '@Mara', score: 70 });
    expect(added.entry).toMatchObject({ handle: 'mara', stage: 'prospect', owner: 'alex', score: 70, tier: 'mid' });
    const logged = await ask('outreach.log', { handle: 'mara', channel: 'seller_center_invite', note: 'sent invite' });
    expect(logged.entry!.stage).toBe('contacted');
    expect(logged.lastOutreach).toMatchObject({ channel: 'seller_center_invite', author: 'alex' });
    expect(logged.contactedByOthers).toEqual([]);
  });

  it('content scripts may send only page-facing messages; extension pages may send everything', async () => {
    db = freshDb();
    let syncs = 0;
    let refreshes = 0;
    const hooks = { syncNow: async () => (syncs++, { failures: 0 }), refreshReminders: async () => (refreshes++, 0) };
    const route = createRouter(createHandlers(db, () => NOW, hooks), OWN);
    // A content script is a tab on a TikTok page, whether or not the browser also reports a frame URL.
    const forged = [fromTikTok, { id: 'scoutid', tab: { url: 'https://www.tiktok.com/@mara' } }, { id: 'scoutid', url: 'https://affiliate.tiktok.com/connection/creator', tab: { url: 'https://affiliate.tiktok.com/connection/creator' } }];
    for (const sender of forged) {
      for (const type of ['sync.now', 'reminders.refresh', 'creator.state', 'ping'] as const) {
        expect(await route({ type, payload: type === 'creator.state' ? { handle: 'mara' } : {} }, sender), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(syncs).toBe(0);
    expect(refreshes).toBe(0);
    // Every type is decided by the one list, and an extension page is refused none of them.
    for (const type of Object.keys(MESSAGES) as MessageType[]) {
      const fromPage = await route({ type, payload: {} }, fromTikTok);
      expect(fromPage.ok === false && fromPage.error.code === 'forbidden', type).toBe(!PAGE_FACING.has(type));
      const fromExtension = await route({ type, payload: {} }, fromPopup);
      expect(fromExtension.ok === false && fromExtension.error.code === 'forbidden', type).toBe(false);
    }
    expect(syncs).toBe(1);
    expect(await route({ type: 'sync.now' }, fromPopup)).toMatchObject({ ok: true });
    expect(await route({ type: 'sync.now' }, fromPanel)).toMatchObject({ ok: true });
    expect(syncs).toBe(3);
    // What the content scripts send keeps working from the page; the panels' actions come from their frames only.
    const fromTab = { ...fromTikTok, tab: { id: 4, url: 'https://www.tiktok.com/@mara' } };
    expect(await route({ type: 'page.creator', payload: { read: { kind: 'reading', handle: 'mara' } } }, fromTab)).toMatchObject({ ok: true });
    expect(await route({ type: 'pipeline.add', payload: { handle: 'mara' } }, fromTab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'pipeline.note', payload: { handle: 'mara', note: 'x' } }, fromTab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'pipeline.add', payload: { handle: 'mara' } }, fromPanel)).toMatchObject({ ok: true });
  });

  it('warns when a teammate already contacted the creator', async () => {
    const { askFromPopup: ask } = setup();
    await settingsRepo.put(db, 'profile.me', 'alex');
    await outreachRepo.log(db, { handle: 'mara', channel: 'tiktok_dm', direction: 'out', author: 'sam' }, NOW);
    const state = await ask('creator.state', { handle: 'mara' });
    expect(state.contactedByOthers).toEqual([{ author: 'sam', at: NOW.toISOString(), channel: 'tiktok_dm' }]);
  });

  it('bulk-adds marketplace creators once, however often it is asked', async () => {
    const { ask } = setup();
    const creators = [{ handle: 'a_one' }, { handle: 'b_two', score: 55 }];
    expect((await ask('pipeline.bulkAdd', { creators })).added).toBe(2);
    expect((await ask('pipeline.bulkAdd', { creators })).added).toBe(0);
    expect(await db.pipeline.count()).toBe(2);
  });

  it('the typed client refuses to send a malformed request and surfaces error replies', async () => {
    let sent = 0;
    const send = async () => {
      sent++;
      return { ok: false, error: { code: 'forbidden', message: 'no' } };
    };
    await expect(call(send, 'pipeline.add', { handle: 'not a handle!' })).rejects.toBeInstanceOf(MessageError);
    expect(sent).toBe(0);
    await expect(call(send, 'ping', {})).rejects.toMatchObject({ code: 'forbidden' });
    await expect(call(async () => undefined, 'ping', {})).rejects.toMatchObject({ code: 'internal' });
  });
});
