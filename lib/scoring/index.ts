import type { ExtractedCreator, ExtractedVideo } from '../model/page';
import type { ComponentKey, ScoreComponent, ScoreResult, ScoreSettings } from '../model/score';
import { COMPONENT_KEYS } from '../model/score';
import { TIER_FLOOR, TIERS, tierOf, type Tier } from '../model/tier';
import { summarizeVideos, type VideoSummary } from './metrics';
import { describeSponsored, summarizeSponsored } from './sponsored';
import { fastCompact, fastDaysAgo, fastDecimal, fastPercent, fill, fillN } from '../i18n/compiled';
import type { MessageKey } from '../i18n/t';
import { DEFAULT_TARGET_TIERS, DEFAULT_WEIGHTS, ENGAGEMENT_NORM, gmvSignal, NEUTRAL } from './defaults';

export type { ScoreResult, ScoreSettings } from '../model/score';
export { computeMetrics } from './metrics';
export type { VideoSummary } from './metrics';
export { LOW_CONFIDENCE, lowDataNote, scoreLabel } from './label';

/** Metrics a stored creator carries (CreatorRecord): used when the videos they came from are not at hand. */
export interface StoredMetrics {
  medianViews?: number;
  postsLast30d?: number;
  lastPostAt?: string;
}

export interface ScoreInput {
  creator: Partial<ExtractedCreator> & StoredMetrics;
  videos: ExtractedVideo[];
  /** ISO date; defaults to the time of the call. */
  now?: string;
}

// A judged component, or the reason it could not be judged. One object per component: scoring whole
// lists allocates per creator, so the component is built here rather than copied later.
type Judged = { value: number; detail: string } | string;

interface Prepared {
  weights: Record<ComponentKey, number>;
  totalWeight: number;
  /** What an unjudged component counts as. */
  neutral: number;
  band: [number, number];
  keywords: string[];
  /** All keywords as one case-insensitive pattern (one test per caption), and each on its own. */
  keywordPattern?: RegExp;
  keywordPatterns: RegExp[];
}

// Settings are normalised once per settings object, not once per creator: scoring 100k creators
// with one settings object must not redo this 100k times.
const prepared = new WeakMap<object, Prepared>();
const NO_SETTINGS = {};

function prepare(settings: ScoreSettings): Prepared {
  let p = prepared.get(settings);
  if (p) return p;
  const weights = { ...DEFAULT_WEIGHTS };
  for (const k of COMPONENT_KEYS) {
    const w = settings.weights?.[k];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weights[k] = w;
  }
  const tiers = settings.targetTiers?.length ? settings.targetTiers : DEFAULT_TARGET_TIERS;
  const idx = tiers.map((t) => TIERS.indexOf(t)).filter((i) => i >= 0);
  const lo = TIER_FLOOR[TIERS[Math.min(...idx)]!];
  const hiTier = TIERS[Math.max(...idx) + 1];
  const hi = hiTier ? TIER_FLOOR[hiTier] : Infinity;
  p = {
    weights,
    totalWeight: COMPONENT_KEYS.reduce((s, k) => s + weights[k], 0),
    neutral: typeof settings.neutral === 'number' && settings.neutral >= 0 && settings.neutral <= 1 ? settings.neutral : NEUTRAL,
    band: [lo, hi],
    keywords: [...new Set((settings.keywords ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean))],
    keywordPatterns: [],
  };
  const escaped = p.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length) p.keywordPattern = new RegExp(escaped.join('|'), 'i');
  p.keywordPatterns = escaped.map((k) => new RegExp(k, 'i'));
  prepared.set(settings, p);
  return p;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
// Details are in the reader's language (lib/i18n/compiled: cached messages and number formats, since
// these run six times per creator when whole lists are scored).
const pct = fastPercent;
const compact = fastCompact;
const saturate = (x: number, half: number) => x / (x + half);
const TIER_KEY = Object.fromEntries(TIERS.map((t) => [t, `common.tier.${t}`])) as Record<Tier, MessageKey>;
const tierName = (t: Tier) => fill(TIER_KEY[t]);
// Component names read through the same cache as the details (COMPONENT_LABEL reads the browser each time).
const LABEL_KEY = COMPONENT_KEYS.map((k) => `common.component.${k}` as MessageKey);

function reach(followers: number | undefined, band: [number, number]): Judged {
  if (followers === undefined) return fill('popup.score.reason.noFollowers');
  const [lo, hi] = band;
  const tier = tierOf(followers);
  const values = { followers: compact(followers), tier: tierName(tier) };
  if (followers >= lo && followers < hi) return { value: 1, detail: fill('popup.score.reach.inside', values) };
  // Distance from the band in decades: half a decade off keeps 0.75, two decades off scores 0.
  const decades = followers < lo ? Math.log10(lo / Math.max(followers, 1)) : Math.log10(followers / hi);
  return { value: clamp01(1 - decades / 2), detail: fill(followers < lo ? 'popup.score.reach.below' : 'popup.score.reach.above', values) };
}

function engagement(rate: number | undefined, tier: Tier | undefined): Judged {
  if (rate === undefined) return fill('popup.score.reason.noEngagement');
  const t = tier ?? 'micro';
  const ratio = rate / ENGAGEMENT_NORM[t];
  const values = { rate: pct(rate), tier: tierName(t), norm: pct(ENGAGEMENT_NORM[t]), ratio: ratio >= 1 ? fastDecimal(ratio) : pct(ratio) };
  return {
    value: clamp01(saturate(ratio, 0.75)),
    detail: fill(ratio >= 1 ? 'popup.score.engagement.above' : 'popup.score.engagement.below', values),
  };
}

function viewRate(medianViews: number | undefined, followers: number | undefined): Judged {
  if (medianViews === undefined) return fill('popup.score.reason.noViews');
  if (!followers) return fill('popup.score.reason.noFollowers');
  const r = medianViews / followers;
  const values = { views: compact(medianViews), share: pct(r) };
  return { value: clamp01(saturate(r, 0.1)), detail: fill(r < 0.02 ? 'popup.score.viewRate.low' : 'popup.score.viewRate.normal', values) };
}

function activity(m: VideoSummary, c: StoredMetrics, now: number): Judged {
  let posts = m.postsLast30d;
  let last = m.lastPostMs;
  if (posts === undefined && c.postsLast30d !== undefined && c.lastPostAt) {
    posts = c.postsLast30d;
    last = Date.parse(c.lastPostAt);
  }
  if (posts === undefined || last === undefined || !Number.isFinite(last)) return fill('popup.score.reason.noDates');
  const days = Math.max(0, (now - last) / 86_400_000);
  const cadence = Math.min(1, posts / 12);
  // A post in the last 3 days counts fully; silence beyond 60 days counts nothing.
  const recency = clamp01(1 - (days - 3) / 57);
  return {
    value: clamp01(0.6 * cadence + 0.4 * recency),
    detail: fillN('popup.score.activity', posts, { when: fastDaysAgo(days) }),
  };
}

function commerce(c: Partial<ExtractedCreator>, videos: ExtractedVideo[], m: VideoSummary): Judged {
  let sum = 0;
  let weight = 0;
  // Concatenated, not an array joined: join flattens every string, and this runs once per creator.
  let words = '';
  const add = (w: string) => (words = words ? `${words}; ${w}` : w);
  if (c.sellsOnShop !== undefined) {
    sum += c.sellsOnShop ? 0.4 : 0;
    weight += 0.4;
    add(fill(c.sellsOnShop ? 'popup.score.commerce.sells' : 'popup.score.commerce.noSelling'));
  }
  // Grid cards do not show product links; only videos read from TikTok's JSON can say "no link".
  if (m.detailed) {
    sum += 0.3 * Math.min(1, m.withProduct / videos.length / 0.3);
    weight += 0.3;
    add(fillN('popup.score.commerce.linked', videos.length, { linked: String(m.withProduct) }));
  }
  const g = c.gmv ? gmvSignal(c.gmv) : undefined;
  if (g !== undefined) {
    sum += 0.3 * g;
    weight += 0.3;
    add(fill('popup.score.commerce.gmv', { gmv: c.gmv! }));
  } else if (c.itemsSold !== undefined) {
    sum += 0.3 * clamp01(Math.log10(c.itemsSold + 1) / 4);
    weight += 0.3;
    add(fillN('popup.score.commerce.sold', c.itemsSold, { sold: compact(c.itemsSold) }));
  }
  // Paid posts are shown, not scored: how they perform is what a brand asks before paying for one.
  const paid = m.sponsored ? summarizeSponsored(videos) : undefined;
  if (paid) add(describeSponsored(paid));
  if (!weight) return paid ? fill('popup.score.reason.noCommerceButPaid', { paid: words }) : fill('popup.score.reason.noCommerce');
  return { value: clamp01(sum / weight), detail: words };
}

/**
 * Keywords found so far for one creator, as flags in a scratch array reused across calls: scoring a
 * whole list allocates no set per creator.
 */
let found = new Uint8Array(16);
let foundCount = 0;

/** Does the text mention any keyword? Records which ones, checking only those not yet found. */
function mentions(text: string, p: Prepared): boolean {
  if (!p.keywordPattern!.test(text)) return false;
  const n = p.keywords.length;
  if (foundCount === n) return true;
  for (let i = 0; i < n; i++) {
    if (!found[i] && p.keywordPatterns[i]!.test(text)) {
      found[i] = 1;
      foundCount++;
    }
  }
  return true;
}

function fit(c: Partial<ExtractedCreator>, videos: ExtractedVideo[], p: Prepared): Judged {
  if (!p.keywordPattern) return fill('popup.score.reason.noKeywords');
  const categories = c.categories ?? [];
  if (!c.bio && !c.nickname && !categories.length && !videos.length) return fill('popup.score.reason.noText');
  const n = p.keywords.length;
  if (found.length < n) found = new Uint8Array(n);
  else found.fill(0, 0, n);
  foundCount = 0;
  if (c.bio) mentions(c.bio, p);
  if (c.nickname) mentions(c.nickname, p);
  for (let i = 0; i < categories.length; i++) mentions(categories[i]!, p);
  let hits = 0;
  for (let i = 0; i < videos.length; i++) if (mentions(videos[i]!.description, p)) hits++;
  const keywordShare = Math.min(1, foundCount / Math.min(3, n));
  const captionShare = videos.length ? Math.min(1, hits / videos.length / 0.5) : keywordShare;
  let named = '';
  for (let i = 0, shown = 0; i < n && shown < 4; i++) {
    if (!found[i]) continue;
    // Keywords are the user's own words: listed as typed, comma-separated.
    named += shown++ ? `, ${p.keywords[i]}` : p.keywords[i];
  }
  return {
    value: clamp01(0.5 * keywordShare + 0.5 * captionShare),
    detail: foundCount
      ? fillN('popup.score.fit.mentions', videos.length, { keywords: named, hits: String(hits) })
      : fill('popup.score.fit.none'),
  };
}

// A batch scores every creator against the same `now`: parse it once.
let lastNow = '';
let lastNowMs = NaN;
function parseNow(iso: string): number {
  if (iso !== lastNow) {
    lastNow = iso;
    lastNowMs = Date.parse(iso);
  }
  return lastNowMs;
}

/** The score of DESIGN §6: pure and deterministic for a given `now`. */
export function scoreCreator(input: ScoreInput, settings: ScoreSettings = NO_SETTINGS): ScoreResult {
  return scoreDetailed(input, settings).result;
}

/** A score with the video figures it was computed from: the learned models read both without redoing either. */
export interface Scored {
  result: ScoreResult;
  summary: VideoSummary;
  nowMs: number;
}

export function scoreDetailed(input: ScoreInput, settings: ScoreSettings = NO_SETTINGS): Scored {
  const p = prepare(settings);
  const now = input.now ? parseNow(input.now) : Date.now();
  const { creator: c, videos } = input;
  const m = summarizeVideos(videos, now);
  const followers = c.followers;
  const tier = followers !== undefined ? tierOf(followers) : undefined;
  const medianViews = m.medianViews ?? c.medianViews ?? c.avgViews;

  const judged: Judged[] = [
    reach(followers, p.band),
    engagement(m.engagementRate ?? c.engagementRate, tier),
    viewRate(medianViews, followers),
    activity(m, c, now),
    commerce(c, videos, m),
    fit(c, videos, p),
  ];

  const components: ScoreComponent[] = [];
  const missing: ScoreResult['missing'] = [];
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < COMPONENT_KEYS.length; i++) {
    const key = COMPONENT_KEYS[i]!;
    const j = judged[i]!;
    const w = p.weights[key];
    if (typeof j === 'string') {
      // Unknown is neither good nor bad: it counts at the neutral prior, so a creator we know little
      // about lands mid-scale instead of being judged on the one thing we saw.
      missing.push({ key, label: fill(LABEL_KEY[i]!), reason: j });
      sum += p.neutral * w;
      continue;
    }
    components.push({ key, label: fill(LABEL_KEY[i]!), value: j.value, weight: w, detail: j.detail });
    sum += j.value * w;
    weight += w;
  }
  // Few videos make medians shaky: below six the confidence shrinks towards 60%. Marketplace averages
  // (no videos, but an average from Seller Center) are trusted a little more than nothing.
  const sampled = m.sampled;
  const sample = sampled ? Math.min(1, 0.6 + (0.4 * sampled) / 6) : c.avgViews !== undefined ? 0.8 : 0.6;
  const coverage = p.totalWeight > 0 ? weight / p.totalWeight : 0;
  const result: ScoreResult = {
    score: p.totalWeight > 0 ? Math.round((100 * sum) / p.totalWeight) : Math.round(100 * p.neutral),
    confidence: Math.round(coverage * sample * 100) / 100,
    tier,
    components,
    missing,
  };
  return { result, summary: m, nowMs: now };
}
