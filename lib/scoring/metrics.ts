import type { ExtractedVideo } from '../model/page';

export interface VideoMetrics {
  avgViews?: number;
  medianViews?: number;
  engagementRate?: number;
  postsLast30d?: number;
  lastPostAt?: string;
}

/** Everything the score needs from a creator's videos, gathered in one pass. */
export interface VideoSummary {
  avgViews?: number;
  medianViews?: number;
  engagementRate?: number;
  postsLast30d?: number;
  lastPostMs?: number;
  /** Videos with a view count. */
  sampled: number;
  /** Videos read from TikTok's JSON (they carry likes and product links; grid cards do not). */
  detailed: number;
  withProduct: number;
  /** Videos marked as paid posts. */
  sponsored: number;
}

const DAY_MS = 86_400_000;
// toISOString's shape (2026-11-17T14:47:31.000Z): such strings order as their instants do, so they
// are compared without parsing.
const isCanonicalIso = (s: string) => s.length === 24 && s.charCodeAt(23) === 90 /* Z */ && s.charCodeAt(10) === 84 /* T */ && s.charCodeAt(19) === 46 /* . */;

// The 30-day window as ISO strings, recomputed only when `now` changes (it does not, across a batch).
let windowFor = NaN;
let sinceIso = '';
let untilIso = '';
function setIsoWindow(sinceMs: number, untilMs: number): void {
  if (windowFor !== sinceMs) {
    windowFor = sinceMs;
    sinceIso = new Date(sinceMs).toISOString();
    untilIso = new Date(untilMs).toISOString();
  }
}

/**
 * Milliseconds of a canonical ISO string, read digit by digit with civil-to-days arithmetic (H. Hinnant's
 * days_from_civil): cheaper than Date.parse or Date.UTC in a hot loop.
 */
function canonicalIsoMs(s: string): number {
  const m = num(s, 5, 2);
  const y = num(s, 0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + num(s, 8, 2) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return days * DAY_MS + num(s, 11, 2) * 3_600_000 + num(s, 14, 2) * 60_000 + num(s, 17, 2) * 1000 + num(s, 20, 3);
}

function num(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

export function median(values: number[]): number | undefined {
  const buf = Float64Array.from(values);
  return medianOf(buf, buf.length);
}

/** Median of the first `n` entries, sorting them in place (insertion sort: a dozen or two videos). */
function medianOf(s: Float64Array, n: number): number | undefined {
  if (!n) return undefined;
  if (n <= 64) {
    for (let i = 1; i < n; i++) {
      const x = s[i]!;
      let j = i - 1;
      while (j >= 0 && s[j]! > x) {
        s[j + 1] = s[j]!;
        j--;
      }
      s[j + 1] = x;
    }
  } else s.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// Scratch buffers reused across calls: scoring a list of 100k creators allocates no arrays for medians.
let viewsBuf = new Float64Array(64);
let ratesBuf = new Float64Array(64);

/** (likes + comments + shares) / views for one video, or undefined when the video lacks those counts. */
export function videoEngagement(v: ExtractedVideo): number | undefined {
  if (!v.views || v.likes === undefined) return undefined;
  return (v.likes + (v.comments ?? 0) + (v.shares ?? 0)) / v.views;
}

/**
 * Every figure is absent when its inputs are: a page that shows views but no likes gives no
 * engagement rate rather than a rate of zero. Scoring 100k creators runs this 100k times, so it
 * avoids parsing dates where a string comparison answers.
 */
export function summarizeVideos(videos: ExtractedVideo[], nowMs: number): VideoSummary {
  if (viewsBuf.length < videos.length) {
    viewsBuf = new Float64Array(videos.length * 2);
    ratesBuf = new Float64Array(videos.length * 2);
  }
  let nViews = 0;
  let nRates = 0;
  let sum = 0;
  let lastIso = '';
  let lastMs = -Infinity;
  let recent = 0;
  let dated = 0;
  let detailed = 0;
  let withProduct = 0;
  let sponsored = 0;
  const sinceMs = nowMs - 30 * DAY_MS;
  const untilMs = nowMs + DAY_MS;
  setIsoWindow(sinceMs, untilMs);
  for (let i = 0; i < videos.length; i++) {
    const v = videos[i]!;
    const seen = v.views;
    if (seen !== undefined) {
      viewsBuf[nViews++] = seen;
      sum += seen;
    }
    if (v.likes !== undefined) {
      detailed++;
      if (seen) ratesBuf[nRates++] = (v.likes + (v.comments ?? 0) + (v.shares ?? 0)) / seen;
    }
    if (v.hasProduct) withProduct++;
    if (v.sponsored) sponsored++;
    const at = v.createdAt;
    if (!at) continue;
    if (isCanonicalIso(at)) {
      dated++;
      if (at > lastIso) lastIso = at;
      if (at >= sinceIso && at <= untilIso) recent++;
    } else {
      const t = Date.parse(at);
      if (!Number.isFinite(t)) continue;
      dated++;
      if (t > lastMs) lastMs = t;
      if (t >= sinceMs && t <= untilMs) recent++;
    }
  }
  if (lastIso) lastMs = Math.max(lastMs, canonicalIsoMs(lastIso));
  return {
    avgViews: nViews ? Math.round(sum / nViews) : undefined,
    medianViews: medianOf(viewsBuf, nViews),
    engagementRate: medianOf(ratesBuf, nRates),
    postsLast30d: dated ? recent : undefined,
    lastPostMs: dated ? lastMs : undefined,
    sampled: nViews,
    detailed,
    withProduct,
    sponsored,
  };
}

/** The per-creator figures stored with a creator and shown in the overlay. */
export function computeMetrics(videos: ExtractedVideo[], now: Date): VideoMetrics {
  const s = summarizeVideos(videos, now.getTime());
  const out: VideoMetrics = {};
  if (s.avgViews !== undefined) out.avgViews = s.avgViews;
  if (s.medianViews !== undefined) out.medianViews = s.medianViews;
  if (s.engagementRate !== undefined) out.engagementRate = s.engagementRate;
  if (s.postsLast30d !== undefined) out.postsLast30d = s.postsLast30d;
  if (s.lastPostMs !== undefined) out.lastPostAt = new Date(s.lastPostMs).toISOString();
  return out;
}
