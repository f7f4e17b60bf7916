import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { outreachRepo } from '../../storage/outreach';
import { samplesRepo } from '../../storage/samples';
import { importCreators } from '../../storage/import';
import { settingsRepo } from '../../storage/settings';
import { mergeMutation } from '../../lib/sync/merge';
import { freshDb } from './db-helpers';

let db: ScoutDB;
afterEach(() => db?.delete());
const t = (m: number) => new Date(Date.UTC(2026, 10, 2, 9, m));
const history = async (handle: string) =>
  (await db.stageChanges.where('[handle+at]').between([handle, ''], [handle, '\uffff']).toArray()).map((c) => [c.from ?? null, c.to, c.author]);

describe('stage history: every stage move is recorded, with its author, and queued for sync', () => {
  it('records entering the pipeline, a move by hand, automatic moves from outreach and samples, a bulk move and its undo', async () => {
    db = freshDb();
    await settingsRepo.put(db, 'profile.me', 'alex');
    await pipelineRepo.add(db, 'mara', { owner: 'alex' }, t(0));
    await outreachRepo.log(db, { handle: 'mara', channel: 'email', direction: 'out', author: 'alex' }, t(1));
    await outreachRepo.log(db, { handle: 'mara', channel: 'email', direction: 'in' }, t(2));
    await pipelineRepo.setStage(db, 'mara', 'negotiating', t(3));
    await samplesRepo.save(db, { id: 's1', handle: 'mara', sentAt: t(4).toISOString() }, t(4));
    const previous = await pipelineRepo.bulkSetStage(db, ['mara'], 'declined', t(5));
    await pipelineRepo.restoreStages(db, previous, t(6));
    // Changing notes is not a stage move.
    await pipelineRepo.update(db, 'mara', { notes: 'likes serums' }, t(7));
    expect(await history('mara')).toEqual([
      [null, 'prospect', 'alex'],
      ['prospect', 'contacted', 'alex'],
      ['contacted', 'replied', 'alex'],
      ['replied', 'negotiating', 'alex'],
      ['negotiating', 'sample_sent', 'alex'],
      ['sample_sent', 'declined', 'alex'],
      ['declined', 'sample_sent', 'alex'],
    ]);
    const queued = await db.outbox.where('table').equals('stageChanges').toArray();
    expect(queued).toHaveLength(7);
    expect(queued.map((m) => m.fields.to)).toContain('declined');
  });

  it('records the first stage of a creator logged before being added, and of imported creators', async () => {
    db = freshDb();
    await outreachRepo.log(db, { handle: 'newbie', channel: 'tiktok_dm', direction: 'out', author: 'sam' }, t(0));
    expect(await history('newbie')).toEqual([[null, 'contacted', 'sam']]);
    await importCreators(db, [{ handle: 'imp', stage: 'replied' }, { handle: 'newbie', stage: 'active' }] as never, 'bob', t(1));
    expect(await history('imp')).toEqual([[null, 'replied', 'bob']]);
    // An import never moves an existing creator, so nothing is recorded for them.
    expect(await history('newbie')).toEqual([[null, 'contacted', 'sam']]);
  });

  it('a stage change row is append-only on the server, like outreach', () => {
    const first = mergeMutation(undefined, { table: 'stageChanges', key: 'sc1', op: 'put', fields: { handle: 'mara', to: 'replied', at: '2026-11-02T10:00:00.000Z', author: 'sam' }, hlc: '1' });
    expect(first).toBeDefined();
    expect(mergeMutation(first, { table: 'stageChanges', key: 'sc1', op: 'put', fields: { to: 'declined' }, hlc: '2' })).toBeUndefined();
    expect(mergeMutation(first, { table: 'stageChanges', key: 'sc1', op: 'delete', fields: {}, hlc: '3' })).toBeUndefined();
  });
});
