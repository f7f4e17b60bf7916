import { labels } from '../i18n/t';
import { COMPONENT_KEYS, type ComponentKey } from '../model/score';
import type { Tier } from '../model/tier';

/** Why these numbers: see README "How the score works". */
export const DEFAULT_WEIGHTS: Record<ComponentKey, number> = {
  reach: 0.15,
  engagement: 0.25,
  viewRate: 0.2,
  activity: 0.15,
  commerce: 0.15,
  fit: 0.1,
};

/** What a component that cannot be judged counts as, unless the settings say otherwise. */
export const NEUTRAL = 0.5;

/** Most TikTok Shop brands recruit micro and mid creators: cheaper, closer audiences, higher conversion. */
export const DEFAULT_TARGET_TIERS: Tier[] = ['micro', 'mid'];

/** A typical (likes+comments+shares)/views by tier: engagement falls as audiences grow. */
export const ENGAGEMENT_NORM: Record<Tier, number> = { nano: 0.08, micro: 0.065, mid: 0.055, macro: 0.045, mega: 0.04 };

export const COMPONENT_LABEL = labels(COMPONENT_KEYS, 'common.component');

/** GMV ranges as Seller Center shows them, mapped to a 0..1 commerce signal by their lower bound. */
export function gmvSignal(range: string): number | undefined {
  const m = /([\d.,]+)\s*([KkMm])?/.exec(range.replace(/\s/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, '')) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1);
  if (!Number.isFinite(n)) return undefined;
  if (n >= 10_000) return 1;
  if (n >= 1_000) return 0.75;
  if (n >= 100) return 0.45;
  return 0.15;
}
