import type { ScoutDB } from './db';

export const snapshotsRepo = {
  /** Growth over time for one creator, oldest first, from the compound index. */
  forCreator: (db: ScoutDB, handle: string) =>
    db.snapshots.where('[handle+capturedAt]').between([handle, ''], [handle, '\uffff']).toArray(),
};
