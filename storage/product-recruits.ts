import type { ScoutDB } from './db';
import type { ProductRecruit, RecruitedVia } from '../lib/messaging/protocol';
import { STAGES } from '../lib/model/constants';
import { pipelineRepo } from './pipeline';
import { syncTables } from './synced-write';

/**
 * The pipeline creators recruited for a product: linked to it on their entry, sent a sample of it, or
 * on the shortlist of a campaign that features it. Furthest stage first.
 */
export async function recruitsFor(db: ScoutDB, productId: string): Promise<ProductRecruit[]> {
  return db.transaction('r', [db.pipeline, db.samples, db.campaigns, db.listMembers], async () => {
    const via = new Map<string, Set<RecruitedVia>>();
    const mark = (handle: string, how: RecruitedVia) => via.set(handle, (via.get(handle) ?? new Set()).add(how));
    for (const e of await db.pipeline.where('products').equals(productId).toArray()) mark(e.handle, 'linked');
    for (const s of await db.samples.where('productId').equals(productId).toArray()) mark(s.handle, 'sample');
    const lists = (await db.campaigns.toArray()).flatMap((c) => (c.listId && c.productIds.includes(productId) ? [c.listId] : []));
    for (const m of await db.listMembers.where('listId').anyOf(lists).toArray()) mark(m.handle, 'campaign');
    const entries = await db.pipeline.bulkGet([...via.keys()]);
    return entries
      .flatMap((e) => (e ? [{ handle: e.handle, stage: e.stage, via: [...via.get(e.handle)!] }] : []))
      .sort((a, b) => STAGES.indexOf(b.stage) - STAGES.indexOf(a.stage) || a.handle.localeCompare(b.handle));
  });
}

/**
 * Link a creator to a product they are recruited for (adding them to the pipeline if they are not in
 * it), or unlink them. Only the entry's product list changes, and it syncs like any other field.
 */
export async function setRecruited(db: ScoutDB, handle: string, productId: string, recruited: boolean, owner: string, now: Date): Promise<void> {
  await db.transaction('rw', syncTables(db, db.pipeline, db.creators, db.listMembers), async () => {
    let entry = await db.pipeline.get(handle);
    if (!entry) {
      if (!recruited) return;
      entry = await pipelineRepo.add(db, handle, { owner }, now);
    }
    const has = entry.products.includes(productId);
    if (has === recruited) return;
    const products = recruited ? [...entry.products, productId] : entry.products.filter((p) => p !== productId);
    await pipelineRepo.update(db, handle, { products }, now);
  });
}
