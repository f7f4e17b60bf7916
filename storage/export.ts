import type { ScoutDB } from './db';

export const PIPELINE_CSV_COLUMNS = ['handle', 'nickname', 'followers', 'tier', 'score', 'stage', 'owner', 'tags', 'email', 'nextFollowUpAt', 'notes', 'updatedAt'];

/** Pipeline entries joined with what we know of each creator, ready for toCsv. */
export async function pipelineExportRows(db: ScoutDB): Promise<Record<string, unknown>[]> {
  const entries = await db.pipeline.toArray();
  const creators = await db.creators.bulkGet(entries.map((e) => e.handle));
  return entries.map((e, i) => {
    const c = creators[i];
    return { ...e, nickname: c?.nickname, followers: c?.followers, email: c?.email };
  });
}
