import { z } from '../zod';

/** An affiliate tier: reached by GMV or by posted videos (either), with its commission rate. */
export const AffiliateTier = z.object({
  name: z.string().trim().min(1),
  minGmv: z.number().nonnegative().optional(),
  minPosts: z.number().int().nonnegative().optional(),
  commissionRate: z.number().min(0).max(1),
});
export type AffiliateTier = z.infer<typeof AffiliateTier>;
export const AffiliateTiers = z.array(AffiliateTier).max(10);

export const DEFAULT_AFFILIATE_TIERS: AffiliateTier[] = [
  { name: 'Bronze', minGmv: 0, commissionRate: 0.1 },
  { name: 'Silver', minGmv: 1000, minPosts: 3, commissionRate: 0.12 },
  { name: 'Gold', minGmv: 5000, minPosts: 8, commissionRate: 0.15 },
];

export interface TierRow {
  handle: string;
  gmv: number;
  posts: number;
  tier?: string;
  commissionRate?: number;
  next?: string;
  gmvToNext?: number;
  postsToNext?: number;
  /** Within 20% of the next tier on either measure. */
  close: boolean;
}

const meets = (t: AffiliateTier, gmv: number, posts: number) =>
  (t.minGmv !== undefined && gmv >= t.minGmv) || (t.minPosts !== undefined && posts >= t.minPosts) || (t.minGmv === undefined && t.minPosts === undefined);

/** Each creator's tier (the highest met, tiers listed lowest first) and the gap to the next one. */
export function assignTiers(creators: { handle: string; gmv: number; posts: number }[], tiers: AffiliateTier[]): TierRow[] {
  return creators
    .map((c) => {
      let idx = -1;
      tiers.forEach((t, i) => {
        if (meets(t, c.gmv, c.posts)) idx = i;
      });
      const current = tiers[idx];
      const next = tiers[idx + 1];
      const gmvToNext = next?.minGmv !== undefined ? Math.max(0, next.minGmv - c.gmv) : undefined;
      const postsToNext = next?.minPosts !== undefined ? Math.max(0, next.minPosts - c.posts) : undefined;
      const close = !!next && ((next.minGmv !== undefined && next.minGmv > 0 && c.gmv >= 0.8 * next.minGmv) || (next.minPosts !== undefined && next.minPosts > 0 && c.posts >= 0.8 * next.minPosts));
      return { handle: c.handle, gmv: c.gmv, posts: c.posts, tier: current?.name, commissionRate: current?.commissionRate, next: next?.name, gmvToNext, postsToNext, close };
    })
    .sort((a, b) => Number(b.close) - Number(a.close) || b.gmv - a.gmv);
}
