import type { PipelineEntry } from '../model/pipeline';
import type { Contact, ContactKind } from '../model/contact';
import { contactCells } from '../contact-columns';

// Kept apart from the filters (zod) so the popup's first screen loads without the schema library.

export const SORTS = ['updated', 'score', 'followers', 'handle', 'followUp'] as const;
export type SortKey = (typeof SORTS)[number];

/** A pipeline entry joined with what the popup shows of its creator. */
export interface PipelineRow extends PipelineEntry, Partial<Record<Exclude<ContactKind, 'email'>, string>> {
  nickname?: string;
  followers?: number;
  avatarUrl?: string;
  email?: string;
  lists: string[];
  /**
   * How many outreach events the creator has (the popup row's `data-outreach`). Read for the first screen
   * and for the rows on screen only: counting every creator's events costs seconds at 100k creators.
   */
  outreachCount?: number;
  /** Lower-cased handle, nickname, tags and notes: what the search box matches, built once per load. */
  haystack: string;
}

export function toRow(entry: PipelineEntry, creator: { nickname?: string; followers?: number; avatarUrl?: string; email?: string; contacts?: Contact[] } | undefined, lists: string[], outreachCount?: number): PipelineRow {
  const { email: contactEmail, ...contacts } = contactCells(creator?.contacts);
  return {
    ...entry,
    ...contacts,
    nickname: creator?.nickname || undefined,
    followers: creator?.followers,
    avatarUrl: creator?.avatarUrl,
    email: creator?.email ?? contactEmail?.split('; ')[0],
    lists,
    outreachCount,
    haystack: `${entry.handle} ${creator?.nickname ?? ''} ${entry.tags.join(' ')} ${entry.notes} ${entry.owner ?? ''}`.toLowerCase(),
  };
}
