import type { ScoutDB } from './db';
import { Sample } from '../lib/model/collections';
import { putSynced } from './synced-write';

export const samplesRepo = {
  forCreator: (db: ScoutDB, handle: string) => db.samples.where('handle').equals(handle).toArray(),
  save: (db: ScoutDB, input: Omit<Sample, 'updatedAt'>, now: Date) =>
    putSynced(db, 'samples', input.id, Sample.parse({ ...input, updatedAt: now.toISOString() }), now),
};
