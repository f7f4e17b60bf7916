import type { PipelineEntry } from '../model/pipeline';

// Kept apart from the filters (zod) so the popup's first screen loads without the schema library.

export const SORTS = ['updated', 'score', 'followers', 'handle', 'followUp'] as const;
export type SortKey = (typeof SORTS)[number];

/** A pipeline entry joined with what the popup shows of its creator. */
export interface PipelineRow extends PipelineEntry {
  nickname?: string;
  followers?: number;
  avatarUrl?: string;
  email?: string;
  lists: string[];
  /** Lower-cased handle, nickname, tags and notes: what the search box matches, built once per load. */
  haystack: string;
}

export function toRow(entry: PipelineEntry, creator: { nickname?: string; followers?: number; avatarUrl?: string; email?: string } | undefined, lists: string[]): PipelineRow {
  return {
    ...entry,
    nickname: creator?.nickname || undefined,
    followers: creator?.followers,
    avatarUrl: creator?.avatarUrl,
    email: creator?.email,
    lists,
    haystack: `${entry.handle} ${creator?.nickname ?? ''} ${entry.tags.join(' ')} ${entry.notes} ${entry.owner ?? ''}`.toLowerCase(),
  };
}
