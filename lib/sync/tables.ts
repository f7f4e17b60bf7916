import type { z } from '../zod';
import type { SyncedTable } from '../model/mutation';
import { PipelineEntry } from '../model/pipeline';
import { OutreachEvent } from '../model/outreach';
import { CreatorRecord } from '../model/creator';
import { StageChange } from '../model/stage-change';
import { TeamSetting } from '../model/team-settings';
import { Campaign, List, ListMember, Performance, ProductRecord, Sample, Template } from '../model/collections';

/**
 * Each synced table: the schema a whole row passes, and the key fields a row's wire key determines.
 * The key is the one source of a row's identity: key fields inside `fields` are overwritten from it,
 * so a row pushed under key `x` cannot claim to be row `y` (DESIGN §8).
 */
const splitPair = (k: string) => {
  const i = k.indexOf(':');
  return i < 0 ? [k, ''] : [k.slice(0, i), k.slice(i + 1)];
};

/**
 * A creator is whole once it has a handle and a seen time: what a page did not show (nickname, bio)
 * takes its default, so a member who saw only a marketplace row shares it without blanking a name.
 */
const SyncedCreator = CreatorRecord.extend({ nickname: CreatorRecord.shape.nickname.default(''), bio: CreatorRecord.shape.bio.default(''), verified: CreatorRecord.shape.verified.default(false) });

export const SYNCED_SCHEMAS: Record<SyncedTable, { schema: z.ZodType; keyFields: (key: string) => Record<string, string> }> = {
  creators: { schema: SyncedCreator, keyFields: (k) => ({ handle: k }) },
  pipeline: { schema: PipelineEntry, keyFields: (k) => ({ handle: k }) },
  outreach: { schema: OutreachEvent, keyFields: (k) => ({ id: k }) },
  lists: { schema: List, keyFields: (k) => ({ id: k }) },
  listMembers: { schema: ListMember, keyFields: (k) => ({ listId: splitPair(k)[0]!, handle: splitPair(k)[1]! }) },
  templates: { schema: Template, keyFields: (k) => ({ id: k }) },
  samples: { schema: Sample, keyFields: (k) => ({ id: k }) },
  campaigns: { schema: Campaign, keyFields: (k) => ({ id: k }) },
  products: { schema: ProductRecord, keyFields: (k) => ({ id: k }) },
  performance: { schema: Performance, keyFields: (k) => ({ id: k }) },
  stageChanges: { schema: StageChange, keyFields: (k) => ({ id: k }) },
  teamSettings: { schema: TeamSetting, keyFields: (k) => ({ key: k }) },
};

/** The row as a client stores it: cleared (null) fields dropped, key fields from the key. */
export function rowFromFields(table: SyncedTable, key: string, fields: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== null) row[k] = v;
  return { ...row, ...SYNCED_SCHEMAS[table].keyFields(key) };
}

/** The parsed whole row, or undefined when these fields are not (yet) a whole row of the table. */
export function wholeRow(table: SyncedTable, key: string, fields: Record<string, unknown>): Record<string, unknown> | undefined {
  const parsed = SYNCED_SCHEMAS[table].schema.safeParse(rowFromFields(table, key, fields));
  return parsed.success ? (parsed.data as Record<string, unknown>) : undefined;
}

/** A key field in `fields` that disagrees with the key, as "fields.handle: …", or undefined. */
export function keyMismatch(table: SyncedTable, key: string, fields: Record<string, unknown>): string | undefined {
  for (const [f, v] of Object.entries(SYNCED_SCHEMAS[table].keyFields(key))) {
    if (f in fields && fields[f] !== null && fields[f] !== v) return `fields.${f}: ${JSON.stringify(fields[f]).slice(0, 80)} does not match the key ${JSON.stringify(key).slice(0, 80)}`;
  }
  return undefined;
}
