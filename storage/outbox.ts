import type { ScoutDB } from './db';
import type { OutboxEntry, SyncedTable } from '../lib/model/mutation';
import { createHlcClock } from '../lib/sync/hlc';
import { getClientId } from './settings';

const LAST_HLC = 'sync.lastHlc';

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
  const clientId = await getClientId(db);
  const last = (await db.settings.get(LAST_HLC))?.value;
  const hlc = createHlcClock(clientId, () => now.getTime(), typeof last === 'string' ? last : undefined).now();
  await db.settings.put({ key: LAST_HLC, value: hlc });
  const entry: OutboxEntry = { id: crypto.randomUUID(), table, key, op, fields, hlc, createdAt: now.toISOString() };
  entry.seq = await db.outbox.add(entry);
  return entry;
}

export const outboxRepo = {
  pending: (db: ScoutDB, limit = 500) => db.outbox.orderBy('seq').limit(limit).toArray(),
  count: (db: ScoutDB) => db.outbox.count(),
  /** Drop entries the server acknowledged (applied or already seen). */
  acknowledge: (db: ScoutDB, ids: string[]) => db.outbox.where('id').anyOf(ids).delete(),
};
