import { z } from '../zod';
import { ExtractedCreator } from './page';
import { Contact } from './contact';
import { Split } from './affiliate';

/** A creator as stored: what the page showed, plus metrics computed from their videos. */
export const CreatorRecord = ExtractedCreator.extend({
  medianViews: z.number().nonnegative().optional(),
  postsLast30d: z.number().int().nonnegative().optional(),
  lastPostAt: z.string().optional(),
  seenAt: z.string(),
  /** What the affiliate center's detail page adds (GPM, follower split). */
  affiliate: z
    .object({ gpm: z.string().optional(), followerGender: Split.optional(), followerAge: Split.optional(), followerRegion: Split.optional() })
    .optional(),
  /** Ways to reach the creator beyond TikTok, read from the bio, bio link and detail page. */
  contacts: z.array(Contact).optional(),
});
export type CreatorRecord = z.infer<typeof CreatorRecord>;

export const Snapshot = z.object({
  id: z.number().int().optional(),
  handle: z.string(),
  capturedAt: z.string(),
  followers: z.number().nonnegative().optional(),
  avgViews: z.number().nonnegative().optional(),
  engagementRate: z.number().nonnegative().optional(),
});
export type Snapshot = z.infer<typeof Snapshot>;
