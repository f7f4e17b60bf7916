import type { ScoutDB } from './db';
import type { OutboxEntry, SyncedTable } from '../lib/model/mutation';
import { createHlcClock } from '../lib/sync/hlc';
import { getClientId } from './settings';

export const LAST_HLC = 'sync.lastHlc';
/** Server time minus this computer's time, as last measured by a sync: stamps follow the server's clock. */
export const CLOCK_OFFSET = 'sync.clockOffsetMs';

/** This install's clock, on the server's time when known, continuing from the last stamp it issued or received. */
export async function loadClock(db: ScoutDB, localNowMs: number) {
  const clientId = await getClientId(db);
  const last = (await db.settings.get(LAST_HLC))?.value;
  const offset = (await db.settings.get(CLOCK_OFFSET))?.value;
  const wall = localNowMs + (typeof offset === 'number' && Number.isFinite(offset) ? offset : 0);
  return createHlcClock(clientId, () => wall, typeof last === 'string' ? last : undefined);
}

/**
 * Queue one change for the team server. Call it inside the same read-write transaction as the change
 * (which must cover `outbox` and `settings`), so the change and its outbox entry commit or fail together.
 * The last stamp is kept in `settings` so stamps stay ordered across popup, dashboard and background.
 */
export async function recordMutation(
  db: ScoutDB,
  table: SyncedTable,
  key: string,
  op: 'put' | 'delete',
  fields: Record<string, unknown>,
  now: Date,
): Promise<OutboxEntry> {
  const [entry] = await recordMutations(db, [{ table, key, op, fields }], now);
  return entry!;
}

/** Many changes at once (imports, bulk edits): one clock read and one bulk write for the lot. */
export async function recordMutations(
  db: ScoutDB,
  changes: { table: SyncedTable; key: string; op: 'put' | 'delete'; fields: Record<string, unknown> }[],
  now: Date,
): Promise<OutboxEntry[]> {
  if (!changes.length) return [];
  const clock = await loadClock(db, now.getTime());
  const createdAt = now.toISOString();
  const entries: OutboxEntry[] = changes.map((c) => ({ id: crypto.randomUUID(), ...c, hlc: clock.now(), createdAt }));
  await db.settings.put({ key: LAST_HLC, value: entries[entries.length - 1]!.hlc });
  const seqs = await db.outbox.bulkAdd(entries, { allKeys: true });
  entries.forEach((e, i) => (e.seq = seqs[i] as number));
  return entries;
}

export const outboxRepo = {
  pending: (db: ScoutDB, limit = 500) => db.outbox.orderBy('seq').limit(limit).toArray(),
  count: (db: ScoutDB) => db.outbox.count(),
  /** Drop entries the server acknowledged (applied or already seen). */
  acknowledge: (db: ScoutDB, ids: string[]) => db.outbox.where('id').anyOf(ids).delete(),
};
