import type { ScoutDB } from './db';
import type { CsvCreatorRow } from '../lib/csv';
import type { CreatorRecord } from '../lib/model/creator';
import { PipelineEntry } from '../lib/model/pipeline';
import { tierOf } from '../lib/model/tier';
import { recordMutations } from './outbox';
import { syncTables } from './synced-write';
import { recordStageMoves } from './pipeline';

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merge creators from a CSV into the pipeline, in one transaction. A file carries no edit times, so it
 * counts as older than anything here: it adds creators and fills fields that are empty, and never
 * overwrites a value already set (a stage moved on, notes written, a nickname read from TikTok).
 */
export async function importCreators(db: ScoutDB, rows: CsvCreatorRow[], owner: string, now: Date): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
  const at = now.toISOString();
  await db.transaction('rw', syncTables(db, db.pipeline, db.creators), async () => {
    const handles = rows.map((r) => r.handle);
    const [entries, creators] = await Promise.all([db.pipeline.bulkGet(handles), db.creators.bulkGet(handles)]);
    const mutations: Parameters<typeof recordMutations>[1] = [];
    const creatorPuts: CreatorRecord[] = [];
    const entryPuts: PipelineEntry[] = [];
    const entered: { handle: string; to: PipelineEntry['stage'] }[] = [];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.handle)) return;
      seen.add(row.handle);
      const c = creators[i];
      const creatorPatch: Partial<CreatorRecord> = {};
      if (row.nickname && !c?.nickname) creatorPatch.nickname = row.nickname;
      if (row.followers !== undefined && c?.followers === undefined) creatorPatch.followers = row.followers;
      if (row.email && !c?.email) creatorPatch.email = row.email;
      if (!c || Object.keys(creatorPatch).length) {
        const creator = { nickname: '', bio: '', verified: false, seenAt: at, ...c, ...creatorPatch, handle: row.handle };
        creatorPuts.push(creator);
        mutations.push({ table: 'creators', key: row.handle, op: 'put', fields: c ? creatorPatch : { ...creatorPatch, handle: row.handle, seenAt: at } });
      }
      const followers = c?.followers ?? row.followers;
      const e = entries[i];
      if (!e) {
        const entry = PipelineEntry.parse({
          handle: row.handle,
          stage: row.stage ?? 'prospect',
          owner: owner || undefined,
          tags: row.tags ?? [],
          notes: row.notes ?? '',
          tier: followers !== undefined ? tierOf(followers) : undefined,
          addedAt: at,
          updatedAt: at,
        });
        entryPuts.push(entry);
        entered.push({ handle: entry.handle, to: entry.stage });
        mutations.push({ table: 'pipeline', key: row.handle, op: 'put', fields: entry });
        result.added++;
        return;
      }
      const patch: Partial<PipelineEntry> = {};
      if (row.notes && !e.notes) patch.notes = row.notes;
      if (row.tags?.length && !e.tags.length) patch.tags = row.tags;
      if (!e.tier && followers !== undefined) patch.tier = tierOf(followers);
      if (Object.keys(patch).length) {
        entryPuts.push({ ...e, ...patch });
        mutations.push({ table: 'pipeline', key: row.handle, op: 'put', fields: patch });
        result.updated++;
      } else if (Object.keys(creatorPatch).length) result.updated++;
      else result.unchanged++;
    });
    await db.creators.bulkPut(creatorPuts);
    await db.pipeline.bulkPut(entryPuts);
    await recordMutations(db, mutations, now);
    await recordStageMoves(db, entered, now, owner || undefined);
  });
  return result;
}
