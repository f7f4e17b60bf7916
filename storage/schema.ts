import type { Transaction } from 'dexie';
import { upgradeKeptCounts } from './kept-counts';

export const DB_NAME = 'creator-scout';

/**
 * Every version of the database, oldest first. A new version is appended here, never edited in place,
 * so tests can open a database at any older version and upgrade it (tests/unit/storage-migration.test.ts).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      creators: 'handle, followers, seenAt',
      snapshots: '++id, handle, [handle+capturedAt]',
      pipeline: 'handle, stage, owner, nextFollowUpAt, updatedAt, *tags',
      outreach: 'id, handle, at, [handle+at], channel, templateId, author',
      lists: 'id, name',
      listMembers: '[listId+handle], listId, handle',
      templates: 'id, name',
      samples: 'id, handle, productId, sentAt',
      campaigns: 'id, startsAt, endsAt',
      products: 'id, seenAt',
      performance: 'id, handle, period, productId',
      settings: 'key',
      outbox: '++seq, id, table',
    },
  },
  {
    // v2: the popup lists the pipeline by stage, newest first, from an index cursor, and filters by tier;
    // a Shop product page asks which pipeline creators were recruited for it (*products).
    // Entries written before v2 have no tier: derive it from the stored creator so the index is complete.
    version: 2,
    stores: {
      pipeline: 'handle, stage, owner, nextFollowUpAt, updatedAt, *tags, tier, *products, [stage+updatedAt]',
    },
    async upgrade(tx) {
      const pipeline = tx.table('pipeline');
      const entries = (await pipeline.toArray()) as { handle: string; tier?: string }[];
      const missing = entries.filter((e) => !e.tier);
      const creators = (await tx.table('creators').bulkGet(missing.map((e) => e.handle))) as ({ followers?: number } | undefined)[];
      const updated = missing.flatMap((e, i) => {
        const followers = creators[i]?.followers;
        return followers === undefined ? [] : [{ ...e, tier: tierFromFollowers(followers) }];
      });
      await pipeline.bulkPut(updated);
    },
  },
  {
    // v3: stage history (DESIGN §4). Every entry gets a first record, its current stage as of its last
    // update, so the funnel counts who is where today; moves from now on are recorded as they happen.
    // These first records stay local: every teammate's database derives the same ones from the pipeline.
    version: 3,
    stores: {
      stageChanges: 'id, handle, at, [handle+at]',
    },
    async upgrade(tx) {
      const entries = (await tx.table('pipeline').toArray()) as { handle: string; stage: string; owner?: string; addedAt?: string; updatedAt?: string }[];
      await tx.table('stageChanges').bulkPut(
        entries.map((e) => ({ id: `initial:${e.handle}`, handle: e.handle, to: e.stage, at: e.updatedAt ?? e.addedAt ?? '', author: e.owner ?? '' })),
      );
    },
  },
  {
    // v4: mutations the server refused (or that could never be sent) leave the outbox for this list,
    // shown in Options and the popup until they are edited and retried or discarded.
    version: 4,
    stores: { syncRejected: '++seq, id, [table+key]' },
  },
  {
    // v5: the affiliate center names creators by its own id (creator_oec_id) in invitations and IM;
    // Find creators shows which handle each id is, and this local table remembers it. Nothing to migrate.
    version: 5,
    stores: { creatorIds: 'oecId, handle' },
  },
  {
    // v6: counts kept beside the rows they count (storage/kept-counts.ts), so the dashboard's first paint
    // reads one row instead of counting the 100k-entry stage index (DESIGN §9, dashboard.render100k_ms).
    // The upgrade counts the existing pipeline; from then on the middleware keeps the row in step.
    // A database already at v7 skips this upgrader (Dexie only runs versions above the installed one):
    // it gets the table by Dexie's schema patch and its row from fillKeptCounts when the background starts.
    version: 6,
    stores: { keptCounts: 'key' },
    upgrade: (tx) => upgradeKeptCounts(tx),
  },
  {
    // v7: settings the whole team shares and syncs (which score model the team uses). Nothing to migrate.
    version: 7,
    stores: { teamSettings: 'key' },
  },
];

// Kept local to the migration on purpose: a migration must keep meaning what it meant when written,
// even if lib/model/tier.ts changes later.
function tierFromFollowers(f: number): string {
  return f >= 1_000_000 ? 'mega' : f >= 500_000 ? 'macro' : f >= 100_000 ? 'mid' : f >= 10_000 ? 'micro' : 'nano';
}
