import type { ScoutDB } from './db';
import type { Change } from '../lib/sync/wire';
import type { OutboxEntry, SyncedTable } from '../lib/model/mutation';
import { hlcWallMs } from '../lib/sync/hlc';
import { MAX_CLOCK_SKEW_MS } from '../lib/sync/limits';
import { mergeMutation, type RowState } from '../lib/sync/merge';
import { wholeRow } from '../lib/sync/tables';
import { CLOCK_OFFSET, LAST_HLC } from './outbox';

/** How each synced table's wire key maps to its Dexie key. */
const DEXIE_KEY: Record<SyncedTable, (key: string) => unknown> = {
  creators: (k) => k,
  pipeline: (k) => k,
  outreach: (k) => k,
  lists: (k) => k,
  listMembers: (k) => [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)],
  templates: (k) => k,
  samples: (k) => k,
  campaigns: (k) => k,
  products: (k) => k,
  performance: (k) => k,
  stageChanges: (k) => k,
  teamSettings: (k) => k,
};

export function dexieKeyOf(table: SyncedTable, key: string): unknown {
  return DEXIE_KEY[table](key);
}

/**
 * The server's row as a merge base that every local pending edit overrides (they are laid on top),
 * with its parsed whole row: when no edit is pending that is the row to store, parsed once.
 */
function baseState(change: Change): { state: RowState; row: Record<string, unknown> | undefined } {
  const fields = change.deleted ? {} : change.fields;
  const fieldHlc: Record<string, string> = {};
  for (const f of Object.keys(fields)) fieldHlc[f] = '';
  const row = change.deleted ? undefined : wholeRow(change.table, change.key, fields);
  return { state: { fields, fieldHlc, deleted: row === undefined, deletedHlc: '' }, row };
}

const APPEND_ONLY: SyncedTable[] = ['outreach', 'stageChanges'];

const sameEvent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Apply pulled changes in one transaction, with the new cursor. Each change is applied under its own
 * `table` and `key` only (key fields inside the row come from the key). Local edits not yet pushed are
 * laid back on top with the server's merge rule (a delete is the row's whole state; a partial edit
 * never brings back half a row): they reach the server on the next push, where the per-field rule
 * decides, and the pull after that brings the decided state. Outreach stays append-only here too: a
 * different event under an id this install already holds is refused and reported in `refused`.
 */
export async function applyChanges(
  db: ScoutDB,
  changes: Change[],
  cursor: number,
  localNowMs = Date.now(),
): Promise<{ applied: number; rejected: number; refused: string[] }> {
  let applied = 0;
  let rejected = 0;
  const refused: string[] = [];
  const tables = [...new Set(changes.map((c) => c.table))].map((t) => db.table(t));
  await db.transaction('rw', [...tables, db.outbox, db.settings], async () => {
    // Every read the page needs, asked at once (each awaited in turn cost a round trip to the database
    // per page): unpushed local edits (a client offline for a week may have thousands), local events
    // under the page's ids of append-only tables (checked below), and the clock settings.
    const appendOnlyIds = APPEND_ONLY.map((t) => [t, changes.filter((c) => c.table === t).map((c) => c.key)] as const).filter(([, ids]) => ids.length);
    const [outbox, heldRows, [offset, last]] = await Promise.all([
      db.outbox.orderBy('seq').toArray(),
      Promise.all(appendOnlyIds.map(([t, ids]) => db.table(t).bulkGet(ids.map((k) => dexieKeyOf(t, k) as never)))),
      db.settings.bulkGet([CLOCK_OFFSET, LAST_HLC]),
    ]);
    const pendingByRow = new Map<string, OutboxEntry[]>();
    for (const m of outbox) {
      const id = `${m.table}\u0000${m.key}`;
      pendingByRow.set(id, [...(pendingByRow.get(id) ?? []), m]);
    }
    const held = new Map<string, unknown>();
    appendOnlyIds.forEach(([t, ids], i) => heldRows[i]!.forEach((e, j) => held.set(`${t}\u0000${ids[j]}`, e)));
    // What each row ends as, written per table in bulk after the loop: one awaited put or delete per row
    // made a 1,000-row page hold the database for most of a second (DESIGN §9). A page holds each row once.
    const writes: { table: SyncedTable; key: unknown; row?: Record<string, unknown> }[] = [];
    for (const change of changes) {
      const key = dexieKeyOf(change.table, change.key) as never;
      const base = baseState(change);
      let state = base.state;
      let row = base.row;
      const pending = pendingByRow.get(`${change.table}\u0000${change.key}`);
      if (pending) {
        for (const m of pending) state = mergeMutation(state, { ...m, key: change.key }) ?? state;
        row = state.deleted ? undefined : wholeRow(change.table, change.key, state.fields);
      }
      if (APPEND_ONLY.includes(change.table)) {
        const local = held.get(`${change.table}\u0000${change.key}`) as Record<string, unknown> | undefined;
        if (local && (!row || !sameEvent(wholeRow(change.table, change.key, local), row))) {
          refused.push(`${change.table} ${change.key}: the server sent a different event under an id this install already holds; kept this install's event (${change.table} is append-only)`);
          continue;
        }
      }
      if (!row) {
        if (!state.deleted) {
          rejected++;
          continue;
        }
        writes.push({ table: change.table, key });
      } else writes.push({ table: change.table, key, row: row as Record<string, unknown> });
      applied++;
    }
    // Later local stamps must sort after what teammates wrote, but a stamp beyond this clock's bound
    // (a teammate's clock far ahead) is not adopted: it would drag every later local stamp with it.
    const bound = localNowMs + (typeof offset?.value === 'number' ? offset.value : 0) + MAX_CLOCK_SKEW_MS;
    const newest = changes.reduce((m, c) => (c.hlc > m && hlcWallMs(c.hlc) <= bound ? c.hlc : m), '');
    const settings: { key: string; value: unknown }[] = [{ key: 'sync.cursor', value: cursor }];
    if (newest && (typeof last?.value !== 'string' || newest > last.value)) settings.push({ key: LAST_HLC, value: newest });
    await Promise.all([writeAll(db, writes), db.settings.bulkPut(settings)]);
  });
  return { applied, rejected, refused };
}

/**
 * The page's writes per table, asked at once: each row appears once in a page, so the order of its
 * deletes and puts is free, and the database runs them back to back without waiting on this script.
 */
async function writeAll(db: ScoutDB, writes: { table: SyncedTable; key: unknown; row?: Record<string, unknown> }[]): Promise<void> {
  const requests: Promise<unknown>[] = [];
  for (const name of new Set(writes.map((w) => w.table))) {
    const mine = writes.filter((w) => w.table === name);
    const table = db.table(name);
    const deletes = mine.filter((w) => !w.row).map((w) => w.key as never);
    const puts = mine.flatMap((w) => (w.row ? [w.row] : []));
    if (deletes.length) requests.push(table.bulkDelete(deletes));
    if (puts.length) requests.push(table.bulkPut(puts));
  }
  await Promise.all(requests);
}
