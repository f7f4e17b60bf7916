import type { ScoutDB } from './db';

/** Every table as JSON-ready arrays, read in one transaction so the copy is consistent. */
export async function exportEverything(db: ScoutDB): Promise<{ exportedAt: string; version: number; tables: Record<string, unknown[]> }> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, unknown[]> = {};
    for (const t of db.tables) tables[t.name] = await t.toArray();
    return { exportedAt: new Date().toISOString(), version: db.verno, tables };
  });
}

/** Clear every table in one transaction. */
export async function wipeEverything(db: ScoutDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}
