import type { ScoutDB } from './db';
import { toRow, type PipelineRow } from '../lib/pipeline/row';
import type { PipelineEntry } from '../lib/model/pipeline';

/** Rows for a set of entries, joined with creators and shortlist memberships by key. */
async function join(db: ScoutDB, entries: PipelineEntry[], allMembers: boolean): Promise<PipelineRow[]> {
  const handles = entries.map((e) => e.handle);
  const [creators, members] = await Promise.all([
    db.creators.bulkGet(handles),
    allMembers ? db.listMembers.toArray() : db.listMembers.where('handle').anyOf(handles).toArray(),
  ]);
  const lists = new Map<string, string[]>();
  for (const m of members) lists.set(m.handle, [...(lists.get(m.handle) ?? []), m.listId]);
  return entries.map((e, i) => toRow(e, creators[i], lists.get(e.handle) ?? []));
}

export const pipelineViewRepo = {
  /** Every row, for filtering and sorting in memory (10k rows filter in a few ms). */
  async allRows(db: ScoutDB): Promise<PipelineRow[]> {
    return join(db, await db.pipeline.toArray(), true);
  },
};
