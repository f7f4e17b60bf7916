import { mergeMutation, rowHlc, type RowState } from '../../lib/sync/merge';
import type { WireMutation } from '../../lib/sync/wire';

export interface RowWrite {
  table: string;
  key: string;
  state: RowState;
  seq: number;
  hlc: string;
}

export const rowId = (table: string, key: string) => `${table}\u0000${key}`;

/**
 * The part of a push both stores share: given which mutation ids are new, the current rows they touch
 * and the team's last seq, decide what to write. Each changed row gets the next seq (one per row per
 * batch, its final state), so a pull that applies the last change per row holds the server's view.
 */
export function planPush(mutations: WireMutation[], fresh: Set<string>, rows: Map<string, RowState>, lastSeq: number) {
  const applied: string[] = [];
  const duplicates: string[] = [];
  const changed = new Map<string, { table: string; key: string; state: RowState }>();
  const seenInBatch = new Set<string>();
  for (const m of mutations) {
    if (!fresh.has(m.id) || seenInBatch.has(m.id)) {
      duplicates.push(m.id);
      continue;
    }
    seenInBatch.add(m.id);
    applied.push(m.id);
    const id = rowId(m.table, m.key);
    const next = mergeMutation(rows.get(id), m);
    if (!next) continue;
    rows.set(id, next);
    changed.set(id, { table: m.table, key: m.key, state: next });
  }
  let seq = lastSeq;
  const writes: RowWrite[] = [...changed.values()].map((c) => ({ ...c, seq: ++seq, hlc: rowHlc(c.state) }));
  return { applied, duplicates, writes, lastSeq: seq };
}
