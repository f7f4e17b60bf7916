import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { importCreators } from '../../storage/import';
import { pipelineRepo } from '../../storage/pipeline';
import { listsRepo } from '../../storage/lists';
import { listMembersRepo } from '../../storage/list-members';
import { creatorsRepo } from '../../storage/creators';
import { outboxRepo } from '../../storage/outbox';
import { parseCreatorsCsv } from '../../lib/csv';
import { freshDb } from './db-helpers';

const T = (m: number) => new Date(Date.UTC(2026, 10, 24, 9, m));
let db: ScoutDB;
afterEach(() => db?.delete());

describe('CSV import merge', () => {
  it('adds new creators and fills only empty fields of known ones', async () => {
    db = freshDb();
    await creatorsRepo.observe(db, { handle: 'mara', nickname: 'Mara (from TikTok)', bio: '', verified: false, followers: 184_300 }, [], T(0));
    await pipelineRepo.add(db, 'mara', {}, T(0));
    await pipelineRepo.update(db, 'mara', { stage: 'negotiating', notes: 'rate agreed' }, T(1));
    const { rows, errors } = parseCreatorsCsv('handle;nickname;followers;stage;tags;notes\n@mara;Old name;1000;prospect;q4;old note\nnew_one;New;25000;contacted;a;hello\n"=cmd";x;;;;\nnew_one;Dup;;;;\n');
    expect(errors).toHaveLength(1);
    const r = await importCreators(db, rows, 'alex', T(2));
    expect(r).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(await pipelineRepo.get(db, 'mara')).toMatchObject({ stage: 'negotiating', notes: 'rate agreed', tags: ['q4'] });
    expect((await creatorsRepo.get(db, 'mara'))!.nickname).toBe('Mara (from TikTok)');
    expect(await pipelineRepo.get(db, 'new_one')).toMatchObject({ stage: 'contacted', tier: 'micro', owner: 'alex', notes: 'hello' });
    const again = await importCreators(db, rows, 'alex', T(3));
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 2 });
  });
});

describe('undo', () => {
  it('undoes a bulk stage change', async () => {
    db = freshDb();
    for (const h of ['a_1', 'b_2', 'c_3']) await pipelineRepo.add(db, h, {}, T(0));
    await pipelineRepo.setStage(db, 'c_3', 'replied', T(1));
    const before = await outboxRepo.count(db);
    const previous = await pipelineRepo.bulkSetStage(db, ['a_1', 'b_2', 'c_3'], 'declined', T(2));
    expect(previous).toEqual({ a_1: 'prospect', b_2: 'prospect', c_3: 'replied' });
    expect((await db.pipeline.toArray()).map((e) => e.stage)).toEqual(['declined', 'declined', 'declined']);
    // Three pipeline changes and their three stage changes.
    expect(await outboxRepo.count(db)).toBe(before + 6);
    await pipelineRepo.restoreStages(db, previous, T(3));
    expect(Object.fromEntries((await db.pipeline.toArray()).map((e) => [e.handle, e.stage]))).toEqual({ a_1: 'prospect', b_2: 'prospect', c_3: 'replied' });
  });

  it('undoes a shortlist delete with its members, and renames', async () => {
    db = freshDb();
    const list = await listsRepo.create(db, 'Holiday', T(0));
    await listMembersRepo.add(db, list.id, 'mara', T(0));
    await listsRepo.rename(db, list.id, 'Holiday drop', T(1));
    const removed = await listsRepo.remove(db, list.id, T(2));
    expect(await db.lists.count()).toBe(0);
    await listsRepo.restore(db, removed!, T(3));
    expect((await db.lists.get(list.id))!.name).toBe('Holiday drop');
    expect(await listMembersRepo.ofList(db, list.id)).toHaveLength(1);
  });
});
