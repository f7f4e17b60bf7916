import { z } from '../zod';
import { TIERS } from './constants';

export { TIERS };
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

/** Lower follower bound of each tier (DESIGN §4: nano < 10k ≤ micro < 100k ≤ mid < 500k ≤ macro < 1M ≤ mega). */
export const TIER_FLOOR: Record<Tier, number> = { nano: 0, micro: 10_000, mid: 100_000, macro: 500_000, mega: 1_000_000 };

export function tierOf(followers: number): Tier {
  if (followers >= 1_000_000) return 'mega';
  if (followers >= 500_000) return 'macro';
  if (followers >= 100_000) return 'mid';
  if (followers >= 10_000) return 'micro';
  return 'nano';
}
