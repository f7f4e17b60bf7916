import type { Table } from 'dexie';
import type { ScoutDB } from './db';
import type { SyncedTable } from '../lib/model/mutation';
import { recordMutation } from './outbox';

/**
 * The tables a synced write touches besides its own: the outbox and the clock in settings, and the stage
 * history whenever the pipeline is written (every stage move is recorded in the same transaction).
 */
export function syncTables(db: ScoutDB, ...tables: Table[]): Table[] {
  return [...tables, ...(tables.includes(db.pipeline) ? [db.stageChanges] : []), db.outbox, db.settings];
}

/** Put a row and queue it for sync, in one transaction (joins the caller's transaction if there is one). */
export async function putSynced<T extends object>(db: ScoutDB, table: SyncedTable, key: string, row: T, now: Date): Promise<T> {
  const t = db.table(table);
  await db.transaction('rw', syncTables(db, t), async () => {
    await t.put(row);
    await recordMutation(db, table, key, 'put', row as Record<string, unknown>, now);
  });
  return row;
}

export async function deleteSynced(db: ScoutDB, table: SyncedTable, key: string, dexieKey: unknown, now: Date): Promise<void> {
  const t = db.table(table);
  await db.transaction('rw', syncTables(db, t), async () => {
    await t.delete(dexieKey as never);
    await recordMutation(db, table, key, 'delete', {}, now);
  });
}
