import { mergeMutation, rowHlc, type RowState } from '../../lib/sync/merge';
import { hlcWallMs } from '../../lib/sync/hlc';
import { kb, ROW_BYTES } from '../../lib/sync/limits';
import type { PullResponse, Rejection, WireMutation } from '../../lib/sync/wire';
import type { RawPullPage } from './types';

export interface RowWrite {
  table: string;
  key: string;
  state: RowState;
  seq: number;
  hlc: string;
}

export const rowId = (table: string, key: string) => `${table}\u0000${key}`;

/**
 * What a row costs against its team's quota: its fields and their stamps, as stored. The same figure
 * as lib's jsonBytes (JSON.stringify writes well-formed text, so both count its UTF-8 bytes), counted
 * natively: on the server it is taken for every mutation merged (issue 19).
 */
export const rowBytes = (s: RowState) => Buffer.byteLength(JSON.stringify(s.fields)) + Buffer.byteLength(JSON.stringify(s.fieldHlc));

/** The stamp a field written under an impossible clock is reset to: older than any honest write. */
export const CLAMPED_HLC = '000000000000000:00000:clamped';

/**
 * Stamps beyond `notAfterMs` were accepted before the server refused future clocks (or came from a
 * store written directly). Left alone they would win every later write for ever; they count as the oldest.
 */
export function clampFuture(row: RowState | undefined, notAfterMs: number | undefined): RowState | undefined {
  if (!row || notAfterMs === undefined) return row;
  const future = (h: string) => hlcWallMs(h) > notAfterMs;
  if (!future(row.deletedHlc) && !Object.values(row.fieldHlc).some(future)) return row;
  const fieldHlc = Object.fromEntries(Object.entries(row.fieldHlc).map(([f, h]) => [f, future(h) ? CLAMPED_HLC : h]));
  return { ...row, fieldHlc, deletedHlc: future(row.deletedHlc) ? '' : row.deletedHlc };
}

/** Answered as 507: the team's stored rows would outgrow its quota. */
export class QuotaExceededError extends Error {
  constructor(readonly quotaBytes: number) {
    super(`the team's storage quota of ${kb(quotaBytes)} is full: delete rows you no longer need, or ask the server's admin for more`);
    this.name = 'QuotaExceededError';
  }
}

/**
 * The part of a push both stores share: given which mutation ids are new, the current rows they touch
 * and the team's last seq, decide what to write. Each changed row gets the next seq (one per row per
 * batch, its final state), so a pull that applies the last change per row holds the server's view.
 * A mutation that would grow its row past ROW_BYTES is rejected on its own; `bytesDelta` is the
 * change in the team's stored bytes.
 */
export function planPush(mutations: WireMutation[], fresh: Set<string>, rows: Map<string, RowState>, lastSeq: number, notAfterMs?: number) {
  const applied: string[] = [];
  const duplicates: string[] = [];
  const rejected: Rejection[] = [];
  const changed = new Map<string, { table: string; key: string; state: RowState; bytes: number }>();
  const sizeBefore = new Map<string, number>();
  const seenInBatch = new Set<string>();
  for (const m of mutations) {
    if (!fresh.has(m.id) || seenInBatch.has(m.id)) {
      duplicates.push(m.id);
      continue;
    }
    seenInBatch.add(m.id);
    const id = rowId(m.table, m.key);
    if (!sizeBefore.has(id)) {
      const stored = rows.get(id);
      sizeBefore.set(id, stored ? rowBytes(stored) : 0);
      rows.set(id, clampFuture(stored, notAfterMs)!);
      if (!stored) rows.delete(id);
    }
    const prev = rows.get(id);
    const next = mergeMutation(prev, m);
    if (next) {
      const size = rowBytes(next);
      if (size > ROW_BYTES) {
        rejected.push({ id: m.id, reason: `row too large: this change makes ${m.table}/${m.key.slice(0, 60)} ${kb(size)}, over the ${kb(ROW_BYTES)} a row may hold` });
        continue;
      }
      rows.set(id, next);
      changed.set(id, { table: m.table, key: m.key, state: next, bytes: size });
    }
    applied.push(m.id);
  }
  let seq = lastSeq;
  let bytesDelta = 0;
  const writes: RowWrite[] = [...changed.entries()].map(([id, { bytes, ...c }]) => {
    bytesDelta += bytes - sizeBefore.get(id)!;
    return { ...c, seq: ++seq, hlc: rowHlc(c.state) };
  });
  return { applied, duplicates, rejected, writes, lastSeq: seq, bytesDelta };
}

/** Per-row sizes, as a store reads them before fetching a page (deleted rows travel without fields). */
export interface PageSize {
  seq: number;
  bytes: number;
}

/** Room for a change's key, seq, stamp and punctuation besides its fields. */
export const CHANGE_OVERHEAD = 200;

/**
 * Where a pull page ends: at most `limit` rows and `maxBytes` of row data, but always at least one
 * row so a team with one oversized legacy row still makes progress.
 */
export function cutPage(sizes: PageSize[], limit: number, maxBytes: number): { lastSeq: number | undefined; hasMore: boolean } {
  let total = 0;
  let taken = 0;
  for (const s of sizes) {
    if (taken >= limit) break;
    const next = total + s.bytes + CHANGE_OVERHEAD;
    if (taken > 0 && next > maxBytes) break;
    total = next;
    taken++;
  }
  return { lastSeq: taken ? sizes[taken - 1]!.seq : undefined, hasMore: sizes.length > taken };
}

/** A raw page as objects (the store-level `pull`). */
export function parsePage(page: RawPullPage): PullResponse {
  return { changes: page.changes.map(({ fieldsJson, ...c }) => ({ ...c, fields: JSON.parse(fieldsJson) })), cursor: page.cursor, hasMore: page.hasMore };
}

/**
 * The pull response body (DESIGN §8) with each row's fields spliced in as stored: both stores hold
 * them as JSON the server wrote (SQLite: JSON.stringify; PostgreSQL: jsonb's own text), so the text
 * is valid JSON, and parsing 500 rows only to serialise them again was a pull's main cost.
 */
export function pullPageJson(page: RawPullPage): string {
  const changes = page.changes.map(
    (c) => `{"seq":${c.seq},"table":${JSON.stringify(c.table)},"key":${JSON.stringify(c.key)},"fields":${c.fieldsJson},"deleted":${c.deleted},"hlc":${JSON.stringify(c.hlc)}}`,
  );
  return `{"changes":[${changes.join(',')}],"cursor":${page.cursor},"hasMore":${page.hasMore}}`;
}
