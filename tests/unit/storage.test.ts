import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { creatorsRepo } from '../../storage/creators';
import { pipelineRepo } from '../../storage/pipeline';
import { outreachRepo } from '../../storage/outreach';
import { listsRepo } from '../../storage/lists';
import { listMembersRepo } from '../../storage/list-members';
import { outboxRepo } from '../../storage/outbox';
import { snapshotsRepo } from '../../storage/snapshots';
import { parseHlc } from '../../lib/sync/hlc';
import { syncTables } from '../../storage/synced-write';
import { freshDb } from './db-helpers';

const T0 = new Date('2026-11-20T10:00:00Z');
const later = (min: number) => new Date(T0.getTime() + min * 60_000);
let db: ScoutDB;
afterEach(() => db?.delete());

describe('repositories', () => {
  it('merges observed creators without erasing fields a page did not show, and keeps snapshots', async () => {
    db = freshDb();
    await creatorsRepo.observe(db, { handle: 'mara', nickname: 'Mara', bio: 'hi', verified: false, followers: 1000, email: 'm@x.io' }, [], T0);
    await creatorsRepo.observe(db, { handle: 'mara', followers: 1200 }, [{ id: '1', views: 500, likes: 50, comments: 1, shares: 1, description: '', hasProduct: false, createdAt: T0.toISOString() }], later(60));
    const c = await creatorsRepo.get(db, 'mara');
    expect(c).toMatchObject({ followers: 1200, email: 'm@x.io', nickname: 'Mara', medianViews: 500, postsLast30d: 1 });
    expect((await snapshotsRepo.forCreator(db, 'mara')).map((s) => s.followers)).toEqual([1000, 1200]);
  });

  it('adds to the pipeline with tier and shortlist in one step, and queues each change for sync', async () => {
    db = freshDb();
    await creatorsRepo.observe(db, { handle: 'mara', nickname: '', bio: '', verified: false, followers: 184_300 }, [], T0);
    const list = await listsRepo.create(db, 'Holiday drop', T0);
    const entry = await pipelineRepo.add(db, 'mara', { owner: 'alex', listId: list.id, score: 71 }, T0);
    expect(entry).toMatchObject({ stage: 'prospect', tier: 'mid', owner: 'alex', score: 71 });
    expect(await listMembersRepo.ofList(db, list.id)).toHaveLength(1);
    const outbox = await outboxRepo.pending(db);
    expect(outbox.map((m) => m.table)).toEqual(['creators', 'lists', 'pipeline', 'stageChanges', 'listMembers']);
    const stamps = outbox.map((m) => m.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(5);
    expect(parseHlc(stamps[0]!)).toMatchObject({ wallMs: T0.getTime() });
  });

  it('logs outreach, advances the stage and sets the follow-up in one transaction', async () => {
    db = freshDb();
    const { entry } = await outreachRepo.log(db, { handle: 'mara', channel: 'tiktok_dm', direction: 'out', author: 'alex', followUpAt: '2026-11-27T09:00:00.000Z' }, T0);
    expect(entry).toMatchObject({ stage: 'contacted', nextFollowUpAt: '2026-11-27T09:00:00.000Z' });
    await outreachRepo.log(db, { handle: 'mara', channel: 'tiktok_dm', direction: 'in', note: 'interested!' }, later(30));
    expect((await pipelineRepo.get(db, 'mara'))!.stage).toBe('replied');
    const log = await outreachRepo.forCreator(db, 'mara');
    expect(log.map((e) => e.direction)).toEqual(['in', 'out']);
    // A later stage is never moved back by logging.
    await pipelineRepo.setStage(db, 'mara', 'negotiating', later(40));
    await outreachRepo.log(db, { handle: 'mara', channel: 'email', direction: 'out' }, later(50));
    expect((await pipelineRepo.get(db, 'mara'))!.stage).toBe('negotiating');
  });

  it('rolls back the whole write when any part fails', async () => {
    db = freshDb();
    await expect(outreachRepo.log(db, { handle: 'mara', channel: 'nope' as never, direction: 'out' }, T0)).rejects.toThrow();
    expect(await db.outreach.count()).toBe(0);
    expect(await db.pipeline.count()).toBe(0);
    expect(await outboxRepo.count(db)).toBe(0);
    await expect(pipelineRepo.update(db, 'ghost', { stage: 'active' }, T0)).rejects.toThrow(/not in the pipeline/);
    // A failure after the log was written undoes the event, the stage and the outbox entries alike.
    await expect(
      db.transaction('rw', syncTables(db, db.outreach, db.pipeline), async () => {
        await outreachRepo.log(db, { handle: 'mara', channel: 'email', direction: 'out' }, T0);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.outreach.count()).toBe(0);
    expect(await db.pipeline.count()).toBe(0);
    expect(await db.stageChanges.count()).toBe(0);
    expect(await outboxRepo.count(db)).toBe(0);
  });

  it('deletes a shortlist with its memberships, and acknowledges synced mutations', async () => {
    db = freshDb();
    const list = await listsRepo.create(db, 'A', T0);
    await listMembersRepo.add(db, list.id, 'mara', T0);
    await listsRepo.remove(db, list.id, later(1));
    expect(await db.listMembers.count()).toBe(0);
    const pending = await outboxRepo.pending(db);
    expect(pending.slice(-2).map((m) => [m.table, m.op])).toEqual([['listMembers', 'delete'], ['lists', 'delete']]);
    await outboxRepo.acknowledge(db, pending.map((m) => m.id));
    expect(await outboxRepo.count(db)).toBe(0);
  });

  it('lists the first page of the pipeline by index, newest first', async () => {
    db = freshDb();
    for (let i = 0; i < 60; i++) await pipelineRepo.add(db, `c${i}`, {}, later(i));
    const page = await pipelineRepo.firstPage(db, 50);
    expect(page).toHaveLength(50);
    expect(page[0]!.handle).toBe('c59');
  });
});
