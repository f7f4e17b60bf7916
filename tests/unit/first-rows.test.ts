import { afterEach, describe, expect, it } from 'vitest';
import { readFirstRows } from '../../storage/first-rows';
import { pipelineRepo } from '../../storage/pipeline';
import { pipelineViewRepo } from '../../storage/pipeline-view';
import { creatorsRepo } from '../../storage/creators';
import { outreachRepo } from '../../storage/outreach';
import { listsRepo } from '../../storage/lists';
import { listMembersRepo } from '../../storage/list-members';
import type { ScoutDB } from '../../storage/db';
import { freshDb } from './db-helpers';

const T = new Date('2026-11-20T10:00:00Z');
let db: ScoutDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('readFirstRows (the popup first screen, plain IndexedDB)', () => {
  it('reads the newest entries first, joined with their creators and shortlists, exactly as the full load does', async () => {
    db = freshDb();
    for (let i = 0; i < 40; i++) {
      if (i % 2) await creatorsRepo.observe(db, { handle: `c${i}`, nickname: `Name ${i}`, bio: '', verified: false, followers: 5000 + i }, [], T);
      await pipelineRepo.add(db, `c${i}`, { owner: 'alex', score: i }, new Date(T.getTime() + i * 60_000));
    }
    const list = await listsRepo.create(db, 'Q4', T);
    await listMembersRepo.add(db, list.id, 'c39', T);
    await listMembersRepo.add(db, list.id, 'c38', T);
    // Outreach counts (the popup row's data-outreach); logged at times that keep the order above.
    const at = (min: number) => new Date(T.getTime() + min * 60_000);
    await outreachRepo.log(db, { handle: 'c39', channel: 'email', direction: 'out' }, at(40));
    await outreachRepo.log(db, { handle: 'c39', channel: 'seller_center_im', direction: 'in' }, at(41));
    await outreachRepo.log(db, { handle: 'c38', channel: 'seller_center_invite', direction: 'out' }, at(38.5));
    const name = db.name;
    db.close();

    const rows = await readFirstRows(indexedDB, name, 30);
    expect(rows.map((r) => r.handle)).toEqual(Array.from({ length: 30 }, (_, i) => `c${39 - i}`));
    expect(rows[0]).toMatchObject({ nickname: 'Name 39', followers: 5039, lists: [list.id], score: 39, owner: 'alex' });
    expect(rows[1]).toMatchObject({ lists: [list.id] });
    expect(rows[1]!.nickname).toBeUndefined();
    expect(rows[2]!.lists).toEqual([]);
    expect(rows.slice(0, 3).map((r) => r.outreachCount)).toEqual([2, 1, 0]);

    await db.open();
    const all = await pipelineViewRepo.allRows(db);
    const byHandle = new Map(all.map((r) => [r.handle, r]));
    // The full load leaves outreach counts to the rows on screen (outreachCounts); all else is the same.
    for (const r of rows) expect({ ...r, outreachCount: undefined }).toEqual(byHandle.get(r.handle));
    expect(await pipelineViewRepo.outreachCounts(db, ['c39', 'c38', 'c37'])).toEqual(new Map([['c39', 2], ['c38', 1], ['c37', 0]]));
  });

  it('shows nothing, and creates nothing, when the extension has no database yet', async () => {
    const name = `never-opened-${Math.random()}`;
    expect(await readFirstRows(indexedDB, name)).toEqual([]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });

  it('shows nothing for a database without the pipeline tables', async () => {
    const name = `foreign-${Math.random()}`;
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('other');
      r.onsuccess = () => (r.result.close(), resolve());
      r.onerror = () => reject(r.error);
    });
    expect(await readFirstRows(indexedDB, name)).toEqual([]);
    indexedDB.deleteDatabase(name);
  });
});
