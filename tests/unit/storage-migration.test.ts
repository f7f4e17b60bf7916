import { afterEach, describe, expect, it } from 'vitest';
import { ScoutDB } from '../../storage/db';
import { SCHEMA_VERSIONS } from '../../storage/schema';
import { freshDb } from './db-helpers';

let dbs: ScoutDB[] = [];
afterEach(async () => {
  for (const d of dbs) await d.delete();
  dbs = [];
});

const AT = '2026-11-01T00:00:00.000Z';

/** One row for every table, written the way version 1 stored it. */
const V1_ROWS: Record<string, unknown[]> = {
  creators: [{ handle: 'mara', nickname: 'Mara', bio: '', verified: false, followers: 184_300, seenAt: AT }, { handle: 'tiny', nickname: '', bio: '', verified: false, followers: 900, seenAt: AT }],
  snapshots: [{ handle: 'mara', capturedAt: AT, followers: 184_300 }],
  pipeline: [
    { handle: 'mara', stage: 'contacted', tags: ['q4'], notes: '', products: ['p1'], addedAt: AT, updatedAt: AT },
    { handle: 'tiny', stage: 'prospect', tags: [], notes: '', products: [], addedAt: AT, updatedAt: AT },
    { handle: 'unknown', stage: 'prospect', tags: [], notes: '', products: [], addedAt: AT, updatedAt: AT },
  ],
  outreach: [{ id: '6b1f2c1e-2a4e-4b8a-9a55-6b7c1d2e3f40', handle: 'mara', at: AT, channel: 'tiktok_dm', direction: 'out', note: '', author: 'alex' }],
  lists: [{ id: 'l1', name: 'Holiday', createdAt: AT, updatedAt: AT }],
  listMembers: [{ listId: 'l1', handle: 'mara', addedAt: AT }],
  templates: [{ id: 't1', name: 'Intro', body: 'Hi {{nickname}}', updatedAt: AT }],
  samples: [{ id: 's1', handle: 'mara', sentAt: AT, updatedAt: AT }],
  campaigns: [{ id: 'c1', name: 'BFCM', startsAt: AT, endsAt: AT, productIds: [], goal: {}, bonusRule: '', updatedAt: AT }],
  products: [{ id: 'p1', title: 'Serum', url: 'https://www.tiktok.com/shop/pdp/x/1', seenAt: AT }],
  performance: [{ id: 'perf1', handle: 'mara', period: '2026-10', gmv: 1200, orders: 40, commission: 180, currency: 'USD' }],
  settings: [{ key: 'profile.me', value: 'alex' }],
  outbox: [{ id: '0b1f2c1e-2a4e-4b8a-9a55-6b7c1d2e3f40', table: 'pipeline', key: 'mara', op: 'put', fields: { stage: 'contacted' }, hlc: '000001761955200000:00000:c', createdAt: AT }],
};

describe('schema migrations', () => {
  it('lists every table of DESIGN §4 from version 1 on', () => {
    expect(Object.keys(SCHEMA_VERSIONS[0]!.stores).sort()).toEqual(Object.keys(V1_ROWS).sort());
  });

  it('opens a database written by version 1 under the current version with every row intact', async () => {
    const v1 = freshDb(1);
    dbs.push(v1);
    await v1.open();
    expect(v1.verno).toBe(1);
    for (const [table, rows] of Object.entries(V1_ROWS)) await v1.table(table).bulkAdd(rows);
    const name = v1.name;
    v1.close();

    const current = new ScoutDB(name);
    dbs.push(current);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    for (const [table, rows] of Object.entries(V1_ROWS)) {
      const stored = await current.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      for (const row of rows) expect(stored, table).toContainEqual(expect.objectContaining(row as object));
    }
    // What v2 added: tiers derived for entries with a known creator, and the new indexes answer.
    expect((await current.pipeline.get('mara'))!.tier).toBe('mid');
    expect((await current.pipeline.get('tiny'))!.tier).toBe('nano');
    expect((await current.pipeline.get('unknown'))!.tier).toBeUndefined();
    expect(await current.pipeline.where('tier').equals('mid').count()).toBe(1);
    expect(await current.pipeline.where('products').equals('p1').count()).toBe(1);
    expect((await current.pipeline.where('[stage+updatedAt]').between(['prospect', ''], ['prospect', '\uffff']).toArray()).map((e) => e.handle).sort()).toEqual(['tiny', 'unknown']);
    // v7: the team-wide settings table exists, empty, beside the local settings, which are untouched.
    expect(await current.teamSettings.count()).toBe(0);
    expect(await current.settings.get('profile.me')).toEqual({ key: 'profile.me', value: 'alex' });
  });

  it('v4 adds the could-not-sync list, empty, beside an outbox kept as it was', async () => {
    const v2 = freshDb(2);
    dbs.push(v2);
    await v2.open();
    await v2.table('outbox').bulkAdd(V1_ROWS.outbox!);
    const name = v2.name;
    v2.close();
    const current = new ScoutDB(name);
    dbs.push(current);
    await current.open();
    expect(await current.outbox.count()).toBe(1);
    expect(await current.syncRejected.count()).toBe(0);
    await current.syncRejected.add({ ...(V1_ROWS.outbox![0] as object), reason: 'r', rejectedAt: AT } as never);
    expect(await current.syncRejected.where('[table+key]').equals(['pipeline', 'mara']).count()).toBe(1);
  });

  it('opens a version 2 database under version 3: every row intact, one first stage record per pipeline entry', async () => {
    const v2 = freshDb(2);
    dbs.push(v2);
    await v2.open();
    expect(v2.verno).toBe(2);
    for (const [table, rows] of Object.entries(V1_ROWS)) await v2.table(table).bulkAdd(rows);
    const name = v2.name;
    v2.close();

    const v3 = new ScoutDB(name, 3);
    dbs.push(v3);
    await v3.open();
    expect(v3.verno).toBe(3);
    for (const [table, rows] of Object.entries(V1_ROWS)) expect(await v3.table(table).count(), table).toBe(rows.length);
    const changes = await v3.stageChanges.orderBy('handle').toArray();
    expect(changes.map((c) => [c.handle, c.from, c.to, c.at])).toEqual([
      ['mara', undefined, 'contacted', AT],
      ['tiny', undefined, 'prospect', AT],
      ['unknown', undefined, 'prospect', AT],
    ]);
    // The history is indexed for the report's per-creator walk.
    expect(await v3.stageChanges.where('[handle+at]').between(['mara', ''], ['mara', '\uffff']).count()).toBe(1);
  });

  it('upgrades through every version in turn', async () => {
    const first = freshDb(1);
    dbs.push(first);
    await first.open();
    await first.table('pipeline').add(V1_ROWS.pipeline![0]);
    const name = first.name;
    first.close();
    for (const v of SCHEMA_VERSIONS.slice(1)) {
      const db = new ScoutDB(name, v.version);
      dbs.push(db);
      await db.open();
      expect(db.verno).toBe(v.version);
      expect(await db.pipeline.count()).toBe(1);
      db.close();
    }
  });
});
