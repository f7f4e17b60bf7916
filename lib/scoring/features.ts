import type { ComponentKey, ScoreSettings } from '../model/score';
import { COMPONENT_KEYS } from '../model/score';
import { tierOf, TIERS } from '../model/tier';
import { gmvSignal } from './defaults';
import { scoreDetailed, type ScoreInput, type Scored } from './index';

/** The channels a first contact can use, as model inputs (the rest count as "other"). */
export const MODEL_CHANNELS = ['tiktok_dm', 'email', 'seller_center_invite'] as const;

/**
 * What the learned models read about a creator at first contact: the score's components and the raw
 * figures behind them. Each feature belongs to a group, the unit the explanation speaks of.
 */
export type FeatureGroup = ComponentKey | 'channel';

const feature = (name: string, group: FeatureGroup) => ({ name, group });

export const FEATURES: readonly { name: string; group: FeatureGroup }[] = [
  ...COMPONENT_KEYS.map((k) => feature(`component.${k}`, k)),
  feature('log10Followers', 'reach'),
  feature('tier', 'reach'),
  feature('log10EngagementRate', 'engagement'),
  feature('log10ViewRate', 'viewRate'),
  feature('postsLast30d', 'activity'),
  feature('sellsOnShop', 'commerce'),
  feature('productShare', 'commerce'),
  feature('gmvSignal', 'commerce'),
  feature('sponsoredShare', 'commerce'),
  ...MODEL_CHANNELS.map((c) => feature(`channel.${c}`, 'channel')),
];
export const FEATURE_COUNT = FEATURES.length;

/** A stamp of the feature layout: a cached model fitted on another layout is not applied. */
export const FEATURE_LAYOUT = FEATURES.map((f) => f.name).join(',');

/** Write one creator's features into `out` at `offset`; an unknown figure is NaN (imputed as the mean). */
export function writeFeatures(
  input: ScoreInput,
  channel: string | undefined,
  settings: ScoreSettings,
  out: Float64Array,
  offset: number,
  scored: Scored = scoreDetailed(input, settings),
): void {
  const { components } = scored.result;
  const m = scored.summary;
  let j = offset;
  // Components come in key order, the missing ones left out.
  for (let k = 0, i = 0; k < COMPONENT_KEYS.length; k++) out[j++] = components[i]?.key === COMPONENT_KEYS[k] ? components[i++]!.value : NaN;
  const c = input.creator;
  const followers = c.followers;
  out[j++] = followers !== undefined ? Math.log10(followers + 1) : NaN;
  out[j++] = followers !== undefined ? TIERS.indexOf(tierOf(followers)) : NaN;
  const rate = m.engagementRate ?? c.engagementRate;
  // Rates spread over orders of magnitude (0.5% to 20%): their logarithm is what varies evenly.
  out[j++] = rate !== undefined ? Math.log10(Math.min(rate, 1) + 0.001) : NaN;
  const views = m.medianViews ?? c.medianViews ?? c.avgViews;
  out[j++] = views !== undefined && followers ? Math.log10(views / followers + 0.001) : NaN;
  const posts = m.postsLast30d ?? c.postsLast30d;
  out[j++] = posts !== undefined ? Math.min(posts, 60) : NaN;
  out[j++] = c.sellsOnShop === undefined ? NaN : c.sellsOnShop ? 1 : 0;
  out[j++] = m.detailed ? m.withProduct / input.videos.length : NaN;
  out[j++] = (c.gmv ? gmvSignal(c.gmv) : undefined) ?? NaN;
  out[j++] = input.videos.length ? m.sponsored / input.videos.length : NaN;
  // Without a channel (predicting before contact) every channel counts at its mean.
  for (const ch of MODEL_CHANNELS) out[j++] = channel === undefined ? NaN : channel === ch ? 1 : 0;
}
