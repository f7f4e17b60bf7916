import type { ZodType } from 'zod';
import type { ScoutDB } from './db';
import type { Change } from '../lib/sync/wire';
import type { OutboxEntry, SyncedTable } from '../lib/model/mutation';
import { PipelineEntry } from '../lib/model/pipeline';
import { OutreachEvent } from '../lib/model/outreach';
import { Campaign, List, ListMember, Performance, ProductRecord, Sample, Template } from '../lib/model/collections';

/** How each synced table's wire key maps to its Dexie key, and the schema a pulled row must pass. */
const TABLES: Record<SyncedTable, { schema: ZodType; dexieKey: (key: string) => unknown }> = {
  pipeline: { schema: PipelineEntry, dexieKey: (k) => k },
  outreach: { schema: OutreachEvent, dexieKey: (k) => k },
  lists: { schema: List, dexieKey: (k) => k },
  listMembers: { schema: ListMember, dexieKey: (k) => [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)] },
  templates: { schema: Template, dexieKey: (k) => k },
  samples: { schema: Sample, dexieKey: (k) => k },
  campaigns: { schema: Campaign, dexieKey: (k) => k },
  products: { schema: ProductRecord, dexieKey: (k) => k },
  performance: { schema: Performance, dexieKey: (k) => k },
};

export function dexieKeyOf(table: SyncedTable, key: string): unknown {
  return TABLES[table].dexieKey(key);
}

/**
 * Apply pulled changes in one transaction, with the new cursor. Local edits not yet pushed are laid
 * back on top: they reach the server on the next push, where the per-field rule decides, and the pull
 * after that brings the decided state. Rows that fail their schema are skipped and counted, never applied.
 */
export async function applyChanges(db: ScoutDB, changes: Change[], cursor: number): Promise<{ applied: number; rejected: number }> {
  let applied = 0;
  let rejected = 0;
  const tables = [...new Set(changes.map((c) => c.table))].map((t) => db.table(t));
  await db.transaction('rw', [...tables, db.outbox, db.settings], async () => {
    // Unpushed local edits by row, read once (a client offline for a week may have thousands).
    const pendingByRow = new Map<string, OutboxEntry[]>();
    for (const m of await db.outbox.orderBy('seq').toArray()) {
      const id = `${m.table}\u0000${m.key}`;
      pendingByRow.set(id, [...(pendingByRow.get(id) ?? []), m]);
    }
    // What each row ends as, written per table in bulk after the loop: one put or delete request per row
    // awaited in turn made a 1,000-row page hold the database for most of a second (DESIGN §9).
    const writes = new Map<string, { table: SyncedTable; key: unknown; row?: Record<string, unknown> }>();
    for (const change of changes) {
      const spec = TABLES[change.table];
      const key = spec.dexieKey(change.key) as never;
      const rowId = `${change.table}\u0000${change.key}`;
      const pending = pendingByRow.get(rowId) ?? [];
      if (change.deleted && !pending.some((m) => m.op === 'put')) {
        writes.set(rowId, { table: change.table, key });
        applied++;
        continue;
      }
      let row: Record<string, unknown> = change.deleted ? {} : { ...change.fields };
      for (const m of pending) row = m.op === 'delete' ? {} : { ...row, ...m.fields };
      if (pending.at(-1)?.op === 'delete') {
        writes.set(rowId, { table: change.table, key });
        applied++;
        continue;
      }
      // null on the wire means "cleared": the field is absent here.
      for (const k of Object.keys(row)) if (row[k] === null) delete row[k];
      const parsed = spec.schema.safeParse(row);
      if (!parsed.success) {
        rejected++;
        continue;
      }
      writes.set(rowId, { table: change.table, key, row: parsed.data as Record<string, unknown> });
      applied++;
    }
    await writeLastOfEach(db, [...writes.values()]);
    await db.settings.put({ key: 'sync.cursor', value: cursor });
    // Later local stamps must sort after what teammates wrote.
    const newest = changes.reduce((m, c) => (c.hlc > m ? c.hlc : m), '');
    const last = (await db.settings.get('sync.lastHlc'))?.value;
    if (newest && (typeof last !== 'string' || newest > last)) await db.settings.put({ key: 'sync.lastHlc', value: newest });
  });
  return { applied, rejected };
}

/** Each row's last write, per table: the deletes, then the puts (a row appears once, so order is free). */
async function writeLastOfEach(db: ScoutDB, writes: { table: SyncedTable; key: unknown; row?: Record<string, unknown> }[]): Promise<void> {
  for (const name of new Set(writes.map((w) => w.table))) {
    const mine = writes.filter((w) => w.table === name);
    const table = db.table(name);
    await table.bulkDelete(mine.filter((w) => !w.row).map((w) => w.key as never));
    await table.bulkPut(mine.flatMap((w) => (w.row ? [w.row] : [])));
  }
}
