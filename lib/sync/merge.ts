import type { SyncedTable } from '../model/mutation';
import { wholeRow } from './tables';

/**
 * A row as the server keeps it: the fields written after its latest delete, the stamp that wrote
 * each, and that delete's stamp. `deleted` is derived: a row is visible only while its fields make a
 * whole row of its table, so a partial update racing a delete never resurrects half a row.
 */
export interface RowState {
  fields: Record<string, unknown>;
  fieldHlc: Record<string, string>;
  deleted: boolean;
  /** Stamp of the latest delete: writes at or before it cannot bring the row back. */
  deletedHlc: string;
}

export interface MergeInput {
  table: SyncedTable;
  key: string;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  hlc: string;
}

export const emptyRow = (): RowState => ({ fields: {}, fieldHlc: {}, deleted: true, deletedHlc: '' });

/** The newest stamp in a row: the `hlc` a pulled change carries. */
export function rowHlc(row: RowState): string {
  let max = row.deletedHlc;
  for (const h of Object.values(row.fieldHlc)) if (h > max) max = h;
  return max;
}

const hidden = (table: SyncedTable, key: string, fields: Record<string, unknown>) => wholeRow(table, key, fields) === undefined;

/**
 * Last writer wins per field, by HLC string order (ties fall to the client id inside the stamp).
 * A delete is the row's whole state: it clears every field written before it, and only writes after
 * it that together form a whole row bring the row back. The state is, per field, the newest write
 * after the newest delete, so every order of the same mutations gives the same row.
 * Outreach events and stage changes are append-only: once a row is visible, nothing changes or deletes it.
 * Returns the new state, or undefined when the mutation changes nothing.
 */
export function mergeMutation(prev: RowState | undefined, m: MergeInput): RowState | undefined {
  const row = prev ?? emptyRow();
  if ((m.table === 'outreach' || m.table === 'stageChanges') && (!row.deleted || m.op === 'delete')) return undefined;
  if (m.hlc <= row.deletedHlc) return undefined;

  if (m.op === 'delete') {
    const fields: Record<string, unknown> = {};
    const fieldHlc: Record<string, string> = {};
    for (const [f, h] of Object.entries(row.fieldHlc)) {
      if (h > m.hlc) {
        fields[f] = row.fields[f];
        fieldHlc[f] = h;
      }
    }
    return { fields, fieldHlc, deleted: hidden(m.table, m.key, fields), deletedHlc: m.hlc };
  }

  let changed = prev === undefined;
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
  if (!changed) return undefined;
  return { fields, fieldHlc, deleted: hidden(m.table, m.key, fields), deletedHlc: row.deletedHlc };
}
