import type { ScoutDB } from './db';
import { Sample } from '../lib/model/collections';
import type { Stage } from '../lib/model/pipeline';
import { STAGES } from '../lib/model/pipeline';
import { recordMutation } from './outbox';
import { syncTables } from './synced-write';
import { recordStageMoves } from './pipeline';

// A sample moves the creator forward to "sample sent", a posted video to "posted"; never backwards.
const order = (s: Stage) => STAGES.indexOf(s);

export const samplesRepo = {
  forCreator: (db: ScoutDB, handle: string) => db.samples.where('handle').equals(handle).toArray(),

  /** Save a sample (new or updated) and bring the creator's stage along, in one transaction. */
  async save(db: ScoutDB, input: Omit<Sample, 'updatedAt'>, now: Date): Promise<Sample> {
    const sample = Sample.parse({ ...input, updatedAt: now.toISOString() });
    await db.transaction('rw', syncTables(db, db.samples, db.pipeline), async () => {
      await write(db, sample, now);
    });
    return sample;
  },

  /**
   * Change some fields of a stored sample, computed from the row as it is inside the transaction: two
   * quick edits in a row (a video URL, then the boost status) must not let the second undo the first.
   */
  async update(db: ScoutDB, id: string, change: (current: Sample) => Partial<Sample>, now: Date): Promise<Sample | undefined> {
    return db.transaction('rw', syncTables(db, db.samples, db.pipeline), async () => {
      const current = await db.samples.get(id);
      if (!current) return undefined;
      const sample = Sample.parse({ ...current, ...change(current), updatedAt: now.toISOString() });
      await write(db, sample, now);
      return sample;
    });
  },
};

async function write(db: ScoutDB, sample: Sample, now: Date): Promise<void> {
  await db.samples.put(sample);
  await recordMutation(db, 'samples', sample.id, 'put', sample, now);
  const entry = await db.pipeline.get(sample.handle);
  const target: Stage = sample.videoUrl || sample.postedAt ? 'posted' : 'sample_sent';
  if (entry && order(entry.stage) < order(target) && order(entry.stage) <= order('active')) {
    const fields = { stage: target, updatedAt: now.toISOString() };
    await db.pipeline.put({ ...entry, ...fields });
    await recordMutation(db, 'pipeline', sample.handle, 'put', fields, now);
    await recordStageMoves(db, [{ handle: sample.handle, from: entry.stage, to: target }], now);
  }
}
