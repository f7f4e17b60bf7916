import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { BackupError, exportEverything, restoreEverything, wipeEverything } from '../../storage/backup';
import { creatorsRepo } from '../../storage/creators';
import { pipelineRepo } from '../../storage/pipeline';
import { outreachRepo } from '../../storage/outreach';
import { listsRepo } from '../../storage/lists';
import { listMembersRepo } from '../../storage/list-members';
import { templatesRepo } from '../../storage/templates';
import { samplesRepo } from '../../storage/samples';
import { campaignsRepo } from '../../storage/campaigns';
import { productsRepo } from '../../storage/products';
import { performanceRepo } from '../../storage/performance';
import { getClientId, settingsRepo } from '../../storage/settings';
import { CONFIG_KEY } from '../../storage/sync-engine';
import { ME_KEY, SCORE_SETTINGS_KEY } from '../../storage/handlers';
import { SCHEMA_VERSIONS } from '../../storage/schema';
import { freshDb } from './db-helpers';
import { DERIVED_TABLES } from '../../storage/kept-counts';

const T = new Date('2026-11-20T10:00:00Z');
const TOKEN = `cs_0123456789abcdef_${'S'.repeat(40)}xyz`;
let dbs: ScoutDB[] = [];
afterEach(async () => {
  for (const d of dbs) await d.delete();
  dbs = [];
});
const open = (upTo?: number) => {
  const d = freshDb(upTo);
  dbs.push(d);
  return d;
};

/** A day of an affiliate manager's work, written the way the extension writes it. */
async function realisticDatabase(db: ScoutDB) {
  await settingsRepo.put(db, ME_KEY, 'alex');
  await settingsRepo.put(db, SCORE_SETTINGS_KEY, { keywords: ['skincare', 'serum'], targetTiers: ['micro', 'mid'] });
  await settingsRepo.put(db, CONFIG_KEY, { url: 'https://scout.example.com', token: TOKEN });
  await settingsRepo.put(db, 'sync.cursor', 1234);
  await settingsRepo.put(db, 'sync.lastHlc', '000001795000000000:00003:source');
  await getClientId(db);
  const videos = [
    { id: '1', createdAt: '2026-11-18T10:00:00Z', views: 52_000, likes: 4100, comments: 120, shares: 40, description: 'serum routine', hasProduct: true },
    { id: '2', createdAt: '2026-11-12T10:00:00Z', views: 31_000, likes: 2200, comments: 80, shares: 12, description: 'night care', hasProduct: false },
  ];
  await creatorsRepo.observe(db, { handle: 'mara', nickname: 'Mara ✨', bio: 'skincare · mara@example.com', verified: false, followers: 184_300, email: 'mara@example.com', avatarUrl: 'https://p16-sign-va.tiktokcdn.com/a.jpeg' }, videos, T);
  await creatorsRepo.observe(db, { handle: 'ben.c', nickname: 'Ben', bio: '', verified: true, followers: 9_100 }, [], T);
  await productsRepo.save(db, { id: '42', title: 'Barrier serum 30ml', url: 'https://www.tiktok.com/shop/pdp/serum/42', price: { amount: 19.9, currency: 'USD' } }, T);
  await pipelineRepo.add(db, 'mara', { owner: 'alex', score: 74 }, T);
  await pipelineRepo.add(db, 'ben.c', { owner: 'sam', score: 41 }, T);
  await pipelineRepo.update(db, 'mara', { notes: 'Prefers email; "no" to gifting in Dec', tags: ['q4', 'skincare'], nextFollowUpAt: '2026-11-25T09:00:00.000Z', products: ['42'] }, T);
  const template = await templatesRepo.save(db, { name: 'Intro', body: 'Hi {{nickname}}, {{commission}} on {{product}}' }, T);
  await outreachRepo.log(db, { handle: 'mara', channel: 'email', direction: 'out', templateId: template.id, note: 'first mail', author: 'alex' }, T);
  await outreachRepo.log(db, { handle: 'mara', channel: 'email', direction: 'in', note: 'interested', author: 'alex' }, new Date(T.getTime() + 3_600_000));
  const list = await listsRepo.create(db, 'Holiday', T);
  await listMembersRepo.add(db, list.id, 'mara', T);
  await listMembersRepo.add(db, list.id, 'ben.c', T);
  await samplesRepo.save(db, { id: 's1', handle: 'mara', productId: '42', sentAt: '2026-11-20T12:00:00.000Z' }, T);
  await campaignsRepo.save(db, { id: 'c1', name: 'BFCM', startsAt: '2026-11-24', endsAt: '2026-12-01', productIds: ['42'], listId: list.id, goal: { creators: 10, gmv: 5000 }, bonusRule: '5% over $1k' }, T);
  await performanceRepo.importRows(db, [{ id: 'p-mara-2026-10', handle: 'mara', period: '2026-10', productId: '42', gmv: 1234.5, orders: 61, commission: 185.2, currency: 'USD' }], T);
}

const everyTable = async (db: ScoutDB) => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));

describe('Export everything / restore', () => {
  it('leaves the team token out of the file and restores everything else exactly', async () => {
    const db = open();
    await realisticDatabase(db);
    const before = await everyTable(db);
    // The tables a working day fills; a table added later round-trips through the same loop below.
    for (const t of ['creators', 'snapshots', 'pipeline', 'outreach', 'stageChanges', 'lists', 'listMembers', 'templates', 'samples', 'campaigns', 'products', 'performance', 'settings', 'outbox']) {
      expect(before[t]!.length, t).toBeGreaterThan(0);
    }

    const file = JSON.stringify(await exportEverything(db, T));
    expect(file).not.toContain(TOKEN);
    expect(file).not.toContain(TOKEN.slice(-20));
    expect(file).toContain('https://scout.example.com');

    await wipeEverything(db);
    expect(await db.settings.count()).toBe(0);
    const { rows } = await restoreEverything(db, JSON.parse(file));
    const after = await everyTable(db);
    // Derived tables (the kept counts) are not in the file: they are counted again from the restored rows.
    expect(rows).toBe(Object.entries(before).reduce((n, [name, r]) => n + (DERIVED_TABLES.includes(name) ? 0 : r.length), 0));
    for (const name of Object.keys(before)) {
      if (name === 'settings') continue;
      expect(after[name], name).toEqual(before[name]);
    }
    const withoutToken = (before.settings as { key: string; value: unknown }[]).map((s) => (s.key === CONFIG_KEY ? { key: s.key, value: { url: 'https://scout.example.com' } } : s));
    expect(after.settings).toEqual(withoutToken);
  });

  it('keeps this install\'s connection and sync identity when restoring over it', async () => {
    const source = open();
    await realisticDatabase(source);
    const file = JSON.parse(JSON.stringify(await exportEverything(source, T)));

    const target = open();
    const ownToken = `cs_fedcba9876543210_${'T'.repeat(43)}`;
    await settingsRepo.put(target, CONFIG_KEY, { url: 'https://other.example.com', token: ownToken });
    const ownId = await getClientId(target);
    await pipelineRepo.add(target, 'to_be_replaced', {}, T);
    const ownLastHlc = await settingsRepo.get(target, 'sync.lastHlc', '');
    expect(ownLastHlc).toContain(ownId);
    await restoreEverything(target, file);
    expect(await settingsRepo.get(target, CONFIG_KEY, undefined)).toEqual({ url: 'https://other.example.com', token: ownToken });
    expect(await getClientId(target)).toBe(ownId);
    expect(await settingsRepo.get(target, 'sync.lastHlc', '')).toBe(ownLastHlc);
    // The cursor matches the restored rows, so the next pull starts where the backup left off.
    expect(await settingsRepo.get(target, 'sync.cursor', 0)).toBe(1234);
    expect(await target.pipeline.get('to_be_replaced')).toBeUndefined();
    expect(await target.pipeline.get('mara')).toMatchObject({ owner: 'alex', notes: 'Prefers email; "no" to gifting in Dec' });
  });

  it('brings a backup from an older database version through the same upgrades', async () => {
    const v1 = open(1);
    await v1.open();
    await v1.creators.add({ handle: 'mara', nickname: 'Mara', bio: '', verified: false, followers: 184_300, seenAt: T.toISOString() });
    await v1.pipeline.add({ handle: 'mara', stage: 'contacted', tags: [], notes: '', products: [], addedAt: T.toISOString(), updatedAt: T.toISOString() } as never);
    const file = JSON.parse(JSON.stringify(await exportEverything(v1, T)));
    expect(file.version).toBe(1);

    const db = open();
    await restoreEverything(db, file);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    // Version 2 derives the tier of entries written before it.
    expect(await db.pipeline.get('mara')).toMatchObject({ stage: 'contacted', tier: 'mid' });
  });

  it('refuses a file it cannot restore with a message naming the part at fault, and changes nothing', async () => {
    const db = open();
    await realisticDatabase(db);
    const before = await everyTable(db);
    const good = JSON.parse(JSON.stringify(await exportEverything(db, T)));
    const cases: [unknown, RegExp][] = [
      [null, /not a Creator Scout backup/],
      [{ tables: {} }, /^exportedAt: .*not a Creator Scout backup/],
      [{ ...good, version: 999 }, /^version: this backup comes from a newer Creator Scout/],
      [{ ...good, tables: { ...good.tables, secrets: [] } }, /^tables\.secrets: not a Creator Scout table/],
      [{ ...good, tables: { ...good.tables, pipeline: [{ stage: 'prospect' }] } }, /^tables\.pipeline\[0\]\.handle: missing/],
      [{ ...good, tables: { ...good.tables, outreach: ['x'] } }, /^tables\.outreach\[0\]: not a row/],
      [{ ...good, tables: { ...good.tables, creators: [...good.tables.creators, good.tables.creators[0]] } }, /^tables\.creators: /],
    ];
    for (const [bad, message] of cases) {
      const err = await restoreEverything(db, bad).catch((e: unknown) => e);
      expect(err, String(message)).toBeInstanceOf(BackupError);
      expect((err as Error).message).toMatch(message);
      expect(await everyTable(db)).toEqual(before);
    }
  });
});
