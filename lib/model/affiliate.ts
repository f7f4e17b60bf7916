import { z } from '../zod';
import { MarketplaceCreator } from './page';

/** An affiliate-center id (creator_oec_id, invitation id): digits, sometimes with letters. */
export const OecId = z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, 'not an affiliate-center id');

/** A row of Find creators: the marketplace figures plus the id invitations and IM use. */
export const AffiliateCreator = MarketplaceCreator.extend({ oecId: OecId, region: z.string().max(8).optional() });
export type AffiliateCreator = z.infer<typeof AffiliateCreator>;

const fraction = z.number().min(0).max(1);
export const Split = z.record(z.string().max(40), fraction);

/** What a creator's detail page shows, section by section; every field optional (one section per response). */
export const CreatorDetail = z.object({
  gmv: z.string().max(80).optional(),
  itemsSold: z.number().nonnegative().optional(),
  gpm: z.string().max(80).optional(),
  avgViews: z.number().nonnegative().optional(),
  engagementRate: z.number().nonnegative().optional(),
  followerGender: Split.optional(),
  followerAge: Split.optional(),
  followerRegion: Split.optional(),
  categories: z.array(z.string()).optional(),
  bio: z.string().max(2000).optional(),
  bioLink: z.string().max(2000).optional(),
  /** Contact values TikTok shows on the detail page (business email, phone), as raw strings. */
  contactValues: z.array(z.string().max(300)).max(20).optional(),
});
export type CreatorDetail = z.infer<typeof CreatorDetail>;

export const InvitedProduct = z.object({ id: OecId, commission: fraction.optional() });

/** A target invitation TikTok accepted: who got it, for what. `invited` already excludes the conflicts. */
export const Invitation = z.object({
  id: z.string().min(1).max(80),
  name: z.string().max(300),
  products: z.array(InvitedProduct).max(200),
  invited: z.array(OecId).max(200),
  conflicts: z.array(OecId).max(200),
  /** Handles the request itself named (older forms, or nick names); keyed by creator id. */
  knownHandles: z.record(z.string(), z.string()).default({}),
});
export type Invitation = z.infer<typeof Invitation>;

export const ImMessage = z.object({
  id: z.string().max(80),
  creatorId: OecId,
  direction: z.enum(['out', 'in']),
  at: z.string().optional(),
});
export type ImMessage = z.infer<typeof ImMessage>;

/** What one tapped affiliate-center response means. */
export type AffiliateRead =
  | { kind: 'creators'; creators: AffiliateCreator[] }
  | { kind: 'detail'; oecId: string; handle?: string; detail: CreatorDetail }
  | { kind: 'invitation'; invitation: Invitation }
  | { kind: 'invitation-failed'; reason: string }
  | { kind: 'invitation-unrecognised'; reason: string }
  | { kind: 'im'; messages: ImMessage[] }
  | { kind: 'ignored' };
