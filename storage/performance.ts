import type { ScoutDB } from './db';
import { Performance } from '../lib/model/collections';
import { recordMutations } from './outbox';
import { syncTables } from './synced-write';

export const performanceRepo = {
  forCreator: (db: ScoutDB, handle: string) => db.performance.where('handle').equals(handle).toArray(),
  /** An imported report lands whole or not at all. */
  async importRows(db: ScoutDB, rows: Performance[], now: Date): Promise<number> {
    const parsed = rows.map((r) => Performance.parse(r));
    await db.transaction('rw', syncTables(db, db.performance), async () => {
      await db.performance.bulkPut(parsed);
      await recordMutations(db, parsed.map((r) => ({ table: 'performance' as const, key: r.id, op: 'put' as const, fields: r })), now);
    });
    return parsed.length;
  },
};
