import { z } from '../zod';
import { Stage } from '../model/pipeline';
import type { PipelineRow, SortKey } from './row';
import { Tier } from '../model/tier';

export const PipelineFilter = z.object({
  query: z.string().default(''),
  stage: Stage.optional(),
  tier: Tier.optional(),
  owner: z.string().optional(),
  tag: z.string().optional(),
  listId: z.string().optional(),
  dueOnly: z.boolean().default(false),
});
export type PipelineFilter = z.infer<typeof PipelineFilter>;

/** Rows matching every set filter; the query matches words in any order. */
export function filterRows(rows: PipelineRow[], f: PipelineFilter, nowIso: string): PipelineRow[] {
  const words = f.query.toLowerCase().replace(/^@/, '').split(/\s+/).filter(Boolean);
  const tag = f.tag?.toLowerCase();
  return rows.filter(
    (r) =>
      (!f.stage || r.stage === f.stage) &&
      (!f.tier || r.tier === f.tier) &&
      (!f.owner || r.owner === f.owner) &&
      (!tag || r.tags.some((t) => t.toLowerCase() === tag)) &&
      (!f.listId || r.lists.includes(f.listId)) &&
      (!f.dueOnly || (r.nextFollowUpAt !== undefined && r.nextFollowUpAt <= nowIso)) &&
      words.every((w) => r.haystack.includes(w)),
  );
}

/**
 * The rows a filter change shows, from rows already in display order (filtering keeps the order, so a
 * keystroke never re-sorts 100k rows). When only the query grew by appending (typing), every row it can
 * match is among those the previous query showed, so only those are searched again.
 */
export function refilter(sorted: PipelineRow[], previous: { filter: PipelineFilter; visible: PipelineRow[] } | undefined, f: PipelineFilter, nowIso: string): PipelineRow[] {
  const narrower =
    previous !== undefined &&
    !f.dueOnly &&
    f.query.toLowerCase().startsWith(previous.filter.query.toLowerCase()) &&
    (['stage', 'tier', 'owner', 'tag', 'listId', 'dueOnly'] as const).every((k) => f[k] === previous.filter[k]);
  return filterRows(narrower ? previous.visible : sorted, f, nowIso);
}

// ISO timestamps order as strings; plain comparison is many times cheaper than localeCompare on 100k rows.
const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const cmpNum = (a: number | undefined, b: number | undefined) => (b ?? -1) - (a ?? -1);

export function sortRows(rows: PipelineRow[], sort: SortKey): PipelineRow[] {
  const out = [...rows];
  switch (sort) {
    case 'score':
      return out.sort((a, b) => cmpNum(a.score, b.score));
    case 'followers':
      return out.sort((a, b) => cmpNum(a.followers, b.followers));
    case 'handle':
      return out.sort((a, b) => a.handle.localeCompare(b.handle));
    case 'followUp':
      // Soonest first; entries without a follow-up last.
      return out.sort((a, b) => cmpStr(a.nextFollowUpAt ?? '\uffff', b.nextFollowUpAt ?? '\uffff'));
    default:
      return out.sort((a, b) => cmpStr(b.updatedAt, a.updatedAt));
  }
}
