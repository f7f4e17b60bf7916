import type { ScoutDB } from './db';
import { Campaign } from '../lib/model/collections';
import { putSynced } from './synced-write';

export const campaignsRepo = {
  all: (db: ScoutDB) => db.campaigns.orderBy('startsAt').toArray(),
  /** Campaigns running at some point between `from` and `to` (ISO dates). */
  overlapping: (db: ScoutDB, from: string, to: string) =>
    db.campaigns.where('startsAt').belowOrEqual(to).filter((c) => c.endsAt >= from).toArray(),
  save: (db: ScoutDB, input: Omit<Campaign, 'updatedAt'>, now: Date) =>
    putSynced(db, 'campaigns', input.id, Campaign.parse({ ...input, updatedAt: now.toISOString() }), now),
};
