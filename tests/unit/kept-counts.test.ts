import Dexie, { liveQuery, type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoutDB } from '../../storage/db';
import { SCHEMA_VERSIONS } from '../../storage/schema';
import { fillKeptCounts, KEPT_COUNTS, STAGE_COUNTS } from '../../storage/kept-counts';
import { stageCounts } from '../../storage/reports';
import { pipelineRepo } from '../../storage/pipeline';
import { applyChanges } from '../../storage/sync-apply';
import { importCreators } from '../../storage/import';
import { exportEverything, restoreEverything, wipeEverything } from '../../storage/backup';
import { STAGES, type PipelineEntry, type Stage } from '../../lib/model/pipeline';
import { freshDb } from './db-helpers';
import { prng } from './prng';

let dbs: Dexie[] = [];
afterEach(async () => {
  for (const d of dbs) await d.delete();
  dbs = [];
});
const track = <T extends Dexie>(db: T) => (dbs.push(db), db);

const AT = '2026-11-01T00:00:00.000Z';
const entry = (handle: string, stage: Stage, extra: Partial<PipelineEntry> = {}): PipelineEntry =>
  ({ handle, stage, tags: [], notes: '', products: [], addedAt: AT, updatedAt: AT, ...extra }) as PipelineEntry;

/** The kept row, zeros left out. */
async function kept(db: ScoutDB): Promise<Record<string, number> | undefined> {
  return (await db.keptCounts.get(STAGE_COUNTS))?.counts;
}

/** Counted afresh from every row: what the kept row must say. */
async function fresh(db: ScoutDB): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  for (const e of await db.pipeline.toArray()) t[e.stage] = (t[e.stage] ?? 0) + 1;
  return t;
}

describe('kept stage counts', () => {
  it("the dashboard's first paint reads the kept row, not the stage index (dashboard.render100k_ms)", async () => {
    const db = track(freshDb());
    // Every read the first paint makes, by table: counting a 100k-entry index took most of a second.
    const reads: string[] = [];
    const spy: Middleware<DBCore> = {
      stack: 'dbcore',
      level: 100,
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          const note = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A) => (reads.push(name), f(...a));
          return { ...t, get: note(t.get), getMany: note(t.getMany), count: note(t.count), query: note(t.query), openCursor: note(t.openCursor) };
        },
      }),
    };
    db.use(spy);
    await db.pipeline.bulkPut(Array.from({ length: 50 }, (_, i) => entry(`c${i}`, STAGES[i % STAGES.length]!)));
    reads.length = 0;
    const counts = await stageCounts(db);
    expect(counts).toEqual(Object.fromEntries(STAGES.map((s, i) => [s, Array.from({ length: 50 }, (_, j) => j).filter((j) => j % STAGES.length === i).length])));
    expect(reads).toEqual([KEPT_COUNTS]);
  });

  it('stay equal to a fresh count through random puts, updates, deletes, bulk and range writes, clears, imports and sync pulls', { timeout: 60_000 }, async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const rnd = prng(seed);
      const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
      const handle = () => `h${Math.floor(rnd() * 40)}`;
      const stage = () => pick(STAGES);
      const db = track(freshDb());
      await db.open();
      let hlc = 1;
      const ops: [string, () => Promise<unknown>][] = [
        ['put', () => db.pipeline.put(entry(handle(), stage()))],
        ['add (existing keys fail)', () => db.pipeline.add(entry(handle(), stage())).catch(() => {})],
        ['update', () => db.pipeline.update(handle(), { stage: stage() })],
        ['bulkPut with repeated keys', () => db.pipeline.bulkPut(Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => entry(handle(), stage())))],
        ['bulkAdd, partly failing, caught inside the transaction', () => db.transaction('rw', db.pipeline, () => db.pipeline.bulkAdd(Array.from({ length: 5 }, () => entry(handle(), stage()))).catch(() => {}))],
        // Past eight keys a write asks which exist from their key range first (count, then keys, then rows).
        ['bulkPut of many, new and held', () => db.pipeline.bulkPut(Array.from({ length: 9 + Math.floor(rnd() * 30) }, () => entry(rnd() < 0.5 ? handle() : `n${Math.floor(rnd() * 400)}`, stage())))],
        ['bulkDelete of many', () => db.pipeline.bulkDelete(Array.from({ length: 9 + Math.floor(rnd() * 20) }, () => (rnd() < 0.5 ? handle() : `n${Math.floor(rnd() * 400)}`)))],
        ['bulkUpdate', () => db.pipeline.bulkUpdate(Array.from({ length: 4 }, () => ({ key: handle(), changes: { stage: stage() } })))],
        ['delete', () => db.pipeline.delete(handle())],
        ['bulkDelete with repeated keys', () => db.pipeline.bulkDelete([handle(), handle(), handle()])],
        ['delete a key range', () => db.pipeline.where('handle').between('h1', 'h2').delete()],
        ['delete by stage', () => db.pipeline.where('stage').equals(stage()).delete()],
        ['modify by a filter', () => { const to = stage(); return db.pipeline.filter((e) => e.handle.endsWith('3')).modify({ stage: to }); }],
        ['clear', () => (rnd() < 0.3 ? db.pipeline.clear() : Promise.resolve())],
        ['parallel writes in one transaction', () => db.transaction('rw', db.pipeline, () => Promise.all([db.pipeline.put(entry('h7', stage())), db.pipeline.put(entry('h7', stage())), db.pipeline.delete('h7'), db.pipeline.bulkPut([entry('h8', stage()), entry('h7', stage())])]))],
        ['aborted transaction', () => db.transaction('rw', db.pipeline, async () => { await db.pipeline.bulkPut([entry(handle(), stage()), entry(handle(), stage())]); throw new Error('abort'); }).catch(() => {})],
        ['repository moves', async () => { const h = handle(); await pipelineRepo.add(db, h, {}, new Date(AT)); await pipelineRepo.setStage(db, h, stage(), new Date(AT)); await pipelineRepo.bulkSetStage(db, [handle(), handle(), h], stage(), new Date(AT)); }],
        ['CSV import', () => importCreators(db, Array.from({ length: 6 }, () => ({ handle: handle(), stage: stage() })), 'alex', new Date(AT))],
        ['sync pull', () => applyChanges(db, Array.from({ length: 1 + Math.floor(rnd() * 20) }, (_, i) => { const h = handle(); const deleted = rnd() < 0.3; return { seq: i, table: 'pipeline' as const, key: h, deleted, fields: deleted ? {} : entry(h, stage()), hlc: `${String(1_795_000_000_000 + hlc++).padStart(15, '0')}:00000:x` }; }), hlc)],
      ];
      for (let step = 0; step < 120; step++) {
        const [name, op] = pick(ops);
        await op();
        const want = await fresh(db);
        // A new database has no row until its first pipeline write (or the background's fill).
        expect((await kept(db)) ?? (Object.keys(want).length ? undefined : {}), `seed ${seed} step ${step}: ${name}`).toEqual(want);
        expect(await stageCounts(db)).toEqual(Object.fromEntries(STAGES.map((s) => [s, want[s] ?? 0])));
      }
    }
  });

  it('are written in the same transaction as the rows: an aborted write leaves both as they were', async () => {
    const db = track(freshDb());
    await db.pipeline.bulkPut([entry('a', 'prospect'), entry('b', 'contacted')]);
    await expect(
      db.transaction('rw', db.pipeline, async () => {
        await db.pipeline.put(entry('c', 'active'));
        expect(await db.keptCounts.get(STAGE_COUNTS)).toMatchObject({ counts: { prospect: 1, contacted: 1, active: 1 } });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await kept(db)).toEqual({ prospect: 1, contacted: 1 });
  });

  it('are written only by the middleware, an upgrade or the fill: a direct write is refused', async () => {
    const db = track(freshDb());
    await db.pipeline.put(entry('a', 'prospect'));
    await expect(db.keptCounts.put({ key: STAGE_COUNTS, counts: { prospect: 99 } })).rejects.toThrow(/kept by its middleware/);
    expect(await kept(db)).toEqual({ prospect: 1 });
  });

  it('tell live queries when a write moves a stage', async () => {
    const db = track(freshDb());
    await pipelineRepo.add(db, 'mara', {}, new Date(AT));
    const seen: Record<string, number>[] = [];
    const sub = liveQuery(() => stageCounts(db)).subscribe((c) => seen.push(c));
    await expect.poll(() => seen.at(-1)?.prospect).toBe(1);
    await pipelineRepo.setStage(db, 'mara', 'replied', new Date(AT));
    await expect.poll(() => seen.at(-1)?.replied).toBe(1);
    expect(seen.at(-1)!.prospect).toBe(0);
    sub.unsubscribe();
  });

  it('are left out of a backup and counted again on restore', async () => {
    const db = track(freshDb());
    await db.pipeline.bulkPut([entry('a', 'prospect'), entry('b', 'prospect'), entry('c', 'posted')]);
    const backup = await exportEverything(db);
    expect(backup.tables[KEPT_COUNTS]).toBeUndefined();
    await wipeEverything(db);
    expect(await kept(db)).toEqual({});
    // Even a backup carrying a wrong row of its own restores the counts of its rows.
    await restoreEverything(db, { ...backup, tables: { ...backup.tables, [KEPT_COUNTS]: [{ key: STAGE_COUNTS, counts: { prospect: 7 } }] } });
    expect(await kept(db)).toEqual({ prospect: 2, posted: 1 });
  });
});

describe('kept stage counts: upgrades', () => {
  const rows = [entry('a', 'prospect'), entry('b', 'prospect'), entry('c', 'declined'), entry('d', 'active')];

  it('version 6 counts the rows of a v5 database', async () => {
    const v5 = track(freshDb(5));
    await v5.open();
    await v5.pipeline.bulkAdd(rows);
    v5.close();
    const current = track(new ScoutDB(v5.name));
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await kept(current)).toEqual({ prospect: 2, declined: 1, active: 1 });
    await current.pipeline.delete('a');
    expect(await kept(current)).toEqual({ prospect: 1, declined: 1, active: 1 });
  });

  /** A database as the schema shipped before this change wrote it: versions 1–5 and 7, no keptCounts. */
  async function v7Database(): Promise<string> {
    const name = `test-v7-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const before = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version !== 6)) {
      const { keptCounts: _, ...stores } = v.stores;
      const ver = before.version(v.version).stores(stores);
      if (v.upgrade) ver.upgrade(v.upgrade);
    }
    await before.open();
    expect(before.verno).toBe(7);
    await before.table('pipeline').bulkAdd(rows);
    before.close();
    return name;
  }

  it('a v7 database written before version 6 existed: the table is patched in and the fill counts the rows', async () => {
    const current = track(new ScoutDB(await v7Database()));
    await current.open();
    // Dexie runs no upgrader below the installed version: the row is not there, and nothing pretends it is.
    expect(await kept(current)).toBeUndefined();
    expect(await stageCounts(current)).toMatchObject({ prospect: 2, declined: 1, active: 1, contacted: 0 });
    await fillKeptCounts(current);
    expect(await kept(current)).toEqual({ prospect: 2, declined: 1, active: 1 });
    await fillKeptCounts(current);
    expect(await kept(current)).toEqual({ prospect: 2, declined: 1, active: 1 });
  });

  it('a v7 database written before version 6 existed: without the fill, the first write counts the rows first', async () => {
    const current = track(new ScoutDB(await v7Database()));
    await current.pipeline.put(entry('e', 'active'));
    expect(await kept(current)).toEqual({ prospect: 2, declined: 1, active: 2 });
  });
});
