import type { SyncedTable } from '../model/mutation';

/** A row as the server keeps it: current fields, the stamp that wrote each, and its tombstone. */
export interface RowState {
  fields: Record<string, unknown>;
  fieldHlc: Record<string, string>;
  deleted: boolean;
  /** Stamp of the latest delete: writes older than it cannot bring the row back. */
  deletedHlc: string;
}

export interface MergeInput {
  table: SyncedTable;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  hlc: string;
}

export const emptyRow = (): RowState => ({ fields: {}, fieldHlc: {}, deleted: false, deletedHlc: '' });

/** The newest stamp in a row: the `hlc` a pulled change carries. */
export function rowHlc(row: RowState): string {
  let max = row.deletedHlc;
  for (const h of Object.values(row.fieldHlc)) if (h > max) max = h;
  return max;
}

/**
 * Last writer wins per field, by HLC string order (ties fall to the client id inside the stamp).
 * A delete is a tombstone: it clears the fields written before it, and no older write undoes it.
 * Outreach events and stage changes are append-only: once a row exists, nothing changes it.
 * Returns the new state, or undefined when the mutation changes nothing.
 */
export function mergeMutation(prev: RowState | undefined, m: MergeInput): RowState | undefined {
  const row = prev ?? emptyRow();
  const exists = prev !== undefined && !prev.deleted;
  if ((m.table === 'outreach' || m.table === 'stageChanges') && (exists || m.op === 'delete' || (prev?.deleted ?? false))) return undefined;

  if (m.op === 'delete') {
    if (m.hlc <= row.deletedHlc) return undefined;
    const fields: Record<string, unknown> = {};
    const fieldHlc: Record<string, string> = {};
    for (const [f, h] of Object.entries(row.fieldHlc)) {
      if (h > m.hlc) {
        fields[f] = row.fields[f];
        fieldHlc[f] = h;
      }
    }
    return { fields, fieldHlc, deleted: Object.keys(fields).length === 0, deletedHlc: m.hlc };
  }

  if (m.hlc <= row.deletedHlc) return undefined;
  let changed = false;
  const fields = { ...row.fields };
  const fieldHlc = { ...row.fieldHlc };
  for (const [f, v] of Object.entries(m.fields)) {
    const h = fieldHlc[f];
    if (h === undefined || m.hlc > h) {
      fields[f] = v;
      fieldHlc[f] = m.hlc;
      changed = true;
    }
  }
  // A put with no newer field changes nothing, unless it creates the row or revives a deleted one.
  if (!changed && exists) return undefined;
  return { fields, fieldHlc, deleted: false, deletedHlc: row.deletedHlc };
}
