import type { ScoutDB } from './db';
import { toRow, type PipelineRow } from '../lib/pipeline/row';

export const pipelineViewRepo = {
  /**
   * Every row, joined with creators and shortlist memberships by key, for filtering and sorting in memory
   * (10k rows filter in a few ms). The first screen comes from `readFirstRows` (first-rows.ts) instead.
   */
  async allRows(db: ScoutDB): Promise<PipelineRow[]> {
    const entries = await db.pipeline.toArray();
    const [creators, members] = await Promise.all([db.creators.bulkGet(entries.map((e) => e.handle)), db.listMembers.toArray()]);
    const lists = new Map<string, string[]>();
    for (const m of members) lists.set(m.handle, [...(lists.get(m.handle) ?? []), m.listId]);
    return entries.map((e, i) => toRow(e, creators[i], lists.get(e.handle) ?? []));
  },

  /** Outreach events per creator, for the rows on screen: one index count each, in one transaction. */
  async outreachCounts(db: ScoutDB, handles: string[]): Promise<Map<string, number>> {
    return db.transaction('r', db.outreach, async () => {
      const counts = await Promise.all(handles.map((h) => db.outreach.where('handle').equals(h).count()));
      return new Map(handles.map((h, i) => [h, counts[i]!]));
    });
  },
};
