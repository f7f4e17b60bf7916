import Dexie, { type EntityTable, type Table } from 'dexie';
import { DB_NAME, SCHEMA_VERSIONS } from './schema';
import { keptCountsMiddleware, type KeptCount } from './kept-counts';
import type { CreatorRecord, Snapshot } from '../lib/model/creator';
import type { PipelineEntry } from '../lib/model/pipeline';
import type { OutreachEvent } from '../lib/model/outreach';
import type { StageChange } from '../lib/model/stage-change';
import type { Campaign, List, ListMember, Performance, ProductRecord, Sample, Setting, Template } from '../lib/model/collections';
import type { OutboxEntry, RejectedEntry } from '../lib/model/mutation';
import type { TeamSetting } from '../lib/model/team-settings';

export { DB_NAME };

export class ScoutDB extends Dexie {
  creators!: EntityTable<CreatorRecord, 'handle'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  pipeline!: EntityTable<PipelineEntry, 'handle'>;
  outreach!: EntityTable<OutreachEvent, 'id'>;
  stageChanges!: EntityTable<StageChange, 'id'>;
  lists!: EntityTable<List, 'id'>;
  listMembers!: Table<ListMember, [string, string]>;
  templates!: EntityTable<Template, 'id'>;
  samples!: EntityTable<Sample, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  products!: EntityTable<ProductRecord, 'id'>;
  performance!: EntityTable<Performance, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  teamSettings!: EntityTable<TeamSetting, 'key'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncRejected!: EntityTable<RejectedEntry, 'seq'>;
  /** Affiliate-center creator id → handle (local only). */
  creatorIds!: EntityTable<{ oecId: string; handle: string; seenAt: string }, 'oecId'>;
  /** Counts kept by storage/kept-counts.ts in the same transaction as the rows they count (local only). */
  keptCounts!: EntityTable<KeptCount, 'key'>;

  /** `upTo` opens the schema as it was at an older version: only migration tests use it. */
  constructor(name = DB_NAME, upTo = Infinity) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Keeps keptCounts in step with every write, wherever it comes from (a no-op below version 6).
    this.use(keptCountsMiddleware);
  }
}

let shared: ScoutDB | undefined;

/** The one database of this extension origin (background, popup, dashboard and options share it). */
export function getDb(): ScoutDB {
  shared ??= new ScoutDB();
  return shared;
}
