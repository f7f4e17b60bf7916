import type { ScoutDB } from './db';
import { toRow, type PipelineRow } from '../lib/pipeline/row';

export const pipelineViewRepo = {
  /**
   * Every row, joined with creators and shortlist memberships by key, for filtering and sorting in memory
   * (10k rows filter in a few ms). The first screen comes from `readFirstRows` (first-rows.ts) instead.
   */
  async allRows(db: ScoutDB): Promise<PipelineRow[]> {
    const entries = await db.pipeline.toArray();
    const [creators, members, eventHandles] = await Promise.all([
      db.creators.bulkGet(entries.map((e) => e.handle)),
      db.listMembers.toArray(),
      // Keys only (one per event), from the index: counts every creator's outreach without loading events.
      db.outreach.orderBy('handle').keys(),
    ]);
    const counts = new Map<string, number>();
    for (const h of eventHandles) counts.set(String(h), (counts.get(String(h)) ?? 0) + 1);
    const lists = new Map<string, string[]>();
    for (const m of members) lists.set(m.handle, [...(lists.get(m.handle) ?? []), m.listId]);
    return entries.map((e, i) => toRow(e, creators[i], lists.get(e.handle) ?? [], counts.get(e.handle) ?? 0));
  },
};
