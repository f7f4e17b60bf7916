import type { ScoutDB } from './db';
import { SYNCED_TABLES, type OutboxEntry, type RejectedEntry } from '../lib/model/mutation';
import { SYNC_LIMITS } from '../lib/sync/limits';
import { preflight } from '../lib/sync/preflight';
import { rowFromFields } from '../lib/sync/tables';
import { recordMutations } from './outbox';
import { dexieKeyOf } from './sync-apply';
import { t } from '../lib/i18n/t';

/**
 * The "could not sync" list: mutations the server refused, or that no push could carry, moved out of
 * the outbox so they never block the changes behind them, and kept (never dropped silently) until
 * the user edits and retries or discards them.
 */
export const syncRejectedRepo = {
  list: (db: ScoutDB) => db.syncRejected.orderBy('seq').toArray(),
  count: (db: ScoutDB) => db.syncRejected.count(),

  /** Move outbox entries to the list, each with its reason, in one transaction. */
  async reject(db: ScoutDB, entries: { entry: OutboxEntry; reason: string }[], now: Date): Promise<void> {
    if (!entries.length) return;
    await db.transaction('rw', db.outbox, db.syncRejected, async () => {
      await db.outbox.where('id').anyOf(entries.map((e) => e.entry.id)).delete();
      await db.syncRejected.bulkAdd(entries.map(({ entry: { seq: _seq, ...rest }, reason }) => ({ ...rest, reason, rejectedAt: now.toISOString() })));
    });
  },

  /**
   * Queue the change again as a new mutation (new id, stamped now), with `edits` laid over its fields
   * and over the local row. Returns the problem instead when the edited change would still be refused.
   */
  async retry(db: ScoutDB, seq: number, edits: Record<string, unknown>, now: Date): Promise<string | undefined> {
    return db.transaction('rw', [db.syncRejected, db.outbox, db.settings, ...SYNCED_DEXIE(db)], async () => {
      const r = await db.syncRejected.get(seq);
      if (!r) return t('options.problems.gone');
      const fields = r.op === 'put' ? { ...r.fields, ...edits } : {};
      const problem = preflight({ ...r, fields }, SYNC_LIMITS);
      if (problem) return problem;
      if (r.op === 'put' && Object.keys(edits).length) {
        const table = db.table(r.table);
        const key = dexieKeyOf(r.table, r.key) as never;
        const row = await table.get(key);
        if (row) await table.put({ ...row, ...rowFromFields(r.table, r.key, edits) });
      }
      await db.syncRejected.delete(seq);
      await recordMutations(db, [{ table: r.table, key: r.key, op: r.op, fields }], now);
      return undefined;
    });
  },

  /**
   * Give the change up. The local row goes back to the server's view: it is removed here and the
   * next pull starts from the beginning, bringing back whatever the team has for it.
   */
  async discard(db: ScoutDB, seq: number): Promise<void> {
    await db.transaction('rw', [db.syncRejected, db.outbox, db.settings, ...SYNCED_DEXIE(db)], async () => {
      const r = await db.syncRejected.get(seq);
      if (!r) return;
      await db.syncRejected.delete(seq);
      const waiting = await db.outbox.where('table').equals(r.table).filter((m) => m.key === r.key).count();
      if (!waiting) await db.table(r.table).delete(dexieKeyOf(r.table, r.key) as never);
      await db.settings.put({ key: 'sync.cursor', value: 0 });
    });
  },
};

const SYNCED_DEXIE = (db: ScoutDB) => SYNCED_TABLES.map((t) => db.table(t));

export type { RejectedEntry };
