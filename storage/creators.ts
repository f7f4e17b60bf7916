import type { ScoutDB } from './db';
import type { CreatorRecord } from '../lib/model/creator';
import type { ExtractedCreator, ExtractedVideo } from '../lib/model/page';
import { computeMetrics } from '../lib/scoring/metrics';
import { extractContacts, mergeContacts } from '../lib/contacts';

/** Page data is local only (each install reads pages itself); only the pipeline is shared with the team. */
export const creatorsRepo = {
  get: (db: ScoutDB, handle: string) => db.creators.get(handle),
  bulkGet: (db: ScoutDB, handles: string[]) => db.creators.bulkGet(handles),

  /**
   * Merge what a page showed into the stored creator and keep a growth snapshot, in one transaction.
   * Fields the page did not show keep their stored value: a page that lost a node must not erase data.
   */
  async observe(db: ScoutDB, creator: Partial<Omit<CreatorRecord, 'seenAt'>> & { handle: string }, videos: ExtractedVideo[], now: Date): Promise<CreatorRecord> {
    return db.transaction('rw', db.creators, db.snapshots, async () => {
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
      const found = extractContacts({ bio: next.bio, bioLink: next.bioLink, email: next.email });
      if (found.length || creator.contacts) next.contacts = mergeContacts(mergeContacts(prev?.contacts, creator.contacts ?? []), found);
      await db.creators.put(next);
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
