import type { ScoutDB } from './db';
import type { CreatorRecord } from '../lib/model/creator';
import type { ExtractedCreator, ExtractedVideo } from '../lib/model/page';
import { computeMetrics } from '../lib/scoring/metrics';
import { recordMutation } from './outbox';
import { syncTables } from './synced-write';

const SEEN_SHARE_MS = 24 * 3600_000;

/** The fields of `next` that differ from `prev`: what a creator update sends to the team (per-field last writer wins). */
export function changedFields<T extends object>(prev: T | undefined, next: T): Record<string, unknown> {
  if (!prev) return next as Record<string, unknown>;
  const p = prev as Record<string, unknown>;
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(p[k])));
}

/**
 * What a page showed of each creator is shared with the team (names, figures, contacts, metrics), so a
 * teammate sees them without visiting the profile; growth snapshots stay on this computer.
 */
export const creatorsRepo = {
  get: (db: ScoutDB, handle: string) => db.creators.get(handle),
  bulkGet: (db: ScoutDB, handles: string[]) => db.creators.bulkGet(handles),

  /**
   * Merge what a page showed into the stored creator and keep a growth snapshot, in one transaction.
   * Fields the page did not show keep their stored value: a page that lost a node must not erase data.
   */
  async observe(db: ScoutDB, creator: Partial<ExtractedCreator> & { handle: string }, videos: ExtractedVideo[], now: Date): Promise<CreatorRecord> {
    return db.transaction('rw', syncTables(db, db.creators, db.snapshots), async () => {
      const prev = await db.creators.get(creator.handle);
      const metrics = videos.length ? computeMetrics(videos, now) : {};
      const defined = Object.fromEntries(Object.entries({ ...creator, ...metrics }).filter(([, v]) => v !== undefined));
      const next: CreatorRecord = {
        nickname: '',
        bio: '',
        verified: false,
        ...prev,
        ...defined,
        handle: creator.handle,
        seenAt: now.toISOString(),
      };
      await db.creators.put(next);
      // Only what was observed travels: the '' and false placeholders of a first sighting must not blank a teammate's values.
      const fields = prev ? changedFields(prev, next) : { ...defined, handle: next.handle, seenAt: next.seenAt };
      // A visit that changed nothing but the time is shared at most once a day: every page view would
      // otherwise queue a change (a marketplace page shows fifty creators).
      const onlySeen = prev !== undefined && Object.keys(fields).every((k) => k === 'seenAt');
      if (!onlySeen || Date.parse(next.seenAt) - Date.parse(prev.seenAt) > SEEN_SHARE_MS) await recordMutation(db, 'creators', next.handle, 'put', fields, now);
      await db.snapshots.add({
        handle: next.handle,
        capturedAt: next.seenAt,
        followers: next.followers,
        avgViews: next.avgViews,
        engagementRate: next.engagementRate,
      });
      return next;
    });
  },
};
