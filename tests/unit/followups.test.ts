import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { endOfDay, followUpsRepo } from '../../storage/followups';
import { pipelineRepo } from '../../storage/pipeline';
import { outboxRepo } from '../../storage/outbox';
import { applyChanges } from '../../storage/sync-apply';
import { freshDb } from './db-helpers';

const NOW = new Date('2026-11-24T10:00:00');
let db: ScoutDB;
afterEach(() => db?.delete());

describe('follow-ups', () => {
  it('counts what is due by the end of today, and done/snooze take it off', async () => {
    db = freshDb();
    for (const [h, when] of [['due_past', '2026-11-20T09:00:00'], ['due_today', '2026-11-24T18:00:00'], ['later', '2026-11-26T09:00:00'], ['none', undefined]] as const) {
      await pipelineRepo.add(db, h, {}, NOW);
      if (when) await pipelineRepo.update(db, h, { nextFollowUpAt: new Date(when).toISOString() }, NOW);
    }
    const today = endOfDay(NOW);
    expect(await followUpsRepo.countDue(db, today)).toBe(2);
    expect((await followUpsRepo.due(db, today)).map((e) => e.handle)).toEqual(['due_past', 'due_today']);
    await followUpsRepo.done(db, 'due_past', NOW);
    await followUpsRepo.snooze(db, 'due_today', 1, NOW);
    expect(await followUpsRepo.countDue(db, today)).toBe(0);
    expect(await followUpsRepo.countDue(db, endOfDay(new Date('2026-11-25T12:00:00')))).toBe(1);
    // Clearing travels as null, so teammates' copies clear too.
    const last = (await outboxRepo.pending(db)).filter((m) => m.key === 'due_past').at(-1)!;
    expect(last.fields.nextFollowUpAt).toBeNull();
  });

  it('a pulled null clears the field locally', async () => {
    db = freshDb();
    await pipelineRepo.add(db, 'mara', {}, NOW);
    await pipelineRepo.update(db, 'mara', { nextFollowUpAt: NOW.toISOString() }, NOW);
    await outboxRepo.acknowledge(db, (await outboxRepo.pending(db)).map((m) => m.id));
    const entry = (await pipelineRepo.get(db, 'mara'))!;
    await applyChanges(db, [{ seq: 1, table: 'pipeline', key: 'mara', fields: { ...entry, nextFollowUpAt: null }, deleted: false, hlc: '001795000000000:00000:x' }], 1);
    expect((await pipelineRepo.get(db, 'mara'))!.nextFollowUpAt).toBeUndefined();
    expect(await followUpsRepo.countDue(db, endOfDay(NOW))).toBe(0);
  });
});
