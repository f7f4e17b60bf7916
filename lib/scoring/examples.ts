import type { ExtractedCreator } from '../model/page';
import type { ScoreInput, StoredMetrics } from './index';
import type { OutcomeExample } from './learn';

/** What the team's synced history holds about contacted creators (extra fields ignored). */
export interface TeamHistory {
  pipeline: readonly { handle: string; stage: string; addedAt?: string }[];
  outreach: readonly { handle: string; at: string; channel: string; direction: 'out' | 'in' }[];
  stageChanges?: readonly { handle: string; to: string; at: string }[];
  samples: readonly { handle: string; postedAt?: string }[];
  performance: readonly { handle: string; gmv: number }[];
  creators: readonly (Partial<ExtractedCreator> & StoredMetrics & { handle: string })[];
}

const DAY = 86_400_000;
/** A creator contacted this recently who has not answered may still answer: their reply is unknown. */
export const REPLY_WINDOW_DAYS = 14;
/** Posting and selling take longer (sample, shipping, filming). */
export const POST_WINDOW_DAYS = 45;

const ANSWERED = new Set(['replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined']);
const POSTED = new Set(['posted', 'active']);

/**
 * One example per contacted creator: what we know of them (their stored record, as at first contact) and
 * the outcomes that followed. An outcome the team never records (no inbound events or reply stages, no
 * posts, no imported performance) is unknown for everyone, not false; so is one still too recent to judge.
 */
export function buildExamples(h: TeamHistory, now: string): OutcomeExample[] {
  const nowMs = Date.parse(now);
  const firstOut = new Map<string, { at: string; channel: string }>();
  const inbound = new Map<string, string[]>();
  for (const e of h.outreach) {
    if (e.direction === 'out') {
      const prev = firstOut.get(e.handle);
      if (!prev || e.at < prev.at) firstOut.set(e.handle, { at: e.at, channel: e.channel });
    } else inbound.set(e.handle, [...(inbound.get(e.handle) ?? []), e.at]);
  }
  const reached = new Map<string, Set<string>>();
  const reach = (handle: string, stage: string) => (reached.get(handle) ?? reached.set(handle, new Set()).get(handle)!).add(stage);
  for (const p of h.pipeline) reach(p.handle, p.stage);
  for (const c of h.stageChanges ?? []) reach(c.handle, c.to);
  const posted = new Set(h.samples.filter((s) => s.postedAt).map((s) => s.handle));
  const gmv = new Map<string, number>();
  for (const r of h.performance) gmv.set(r.handle, (gmv.get(r.handle) ?? 0) + r.gmv);
  const creators = new Map(h.creators.map((c) => [c.handle, c]));

  const tracksReplies = inbound.size > 0 || [...reached.values()].some((s) => [...s].some((x) => ANSWERED.has(x)));
  const tracksPosts = posted.size > 0 || [...reached.values()].some((s) => [...s].some((x) => POSTED.has(x)));
  const tracksSales = h.performance.length > 0;

  const out: OutcomeExample[] = [];
  for (const p of h.pipeline) {
    const first = firstOut.get(p.handle);
    const stages = reached.get(p.handle) ?? new Set();
    const contacted = first || [...stages].some((s) => s !== 'prospect' && s !== 'not_a_fit');
    const creator = creators.get(p.handle);
    if (!contacted || !creator) continue;
    const at = first?.at ?? p.addedAt;
    const ageDays = at ? (nowMs - Date.parse(at)) / DAY : Infinity;
    const input: ScoreInput = { creator, videos: [], now: at ?? now };
    const example: OutcomeExample = { input, channel: first?.channel };
    if (tracksReplies) {
      const answered = [...stages].some((s) => ANSWERED.has(s)) || (inbound.get(p.handle) ?? []).some((t) => !first || t >= first.at);
      if (answered || ageDays >= REPLY_WINDOW_DAYS) example.replied = answered;
    }
    // A creator who declined will not post or sell: that is known at once, not after the window.
    const settled = ageDays >= POST_WINDOW_DAYS || p.stage === 'declined';
    if (tracksPosts) {
      const did = posted.has(p.handle) || [...stages].some((s) => POSTED.has(s));
      if (did || settled) example.posted = did;
    }
    if (tracksSales) {
      const sold = (gmv.get(p.handle) ?? 0) > 0;
      if (sold || settled) example.sold = sold;
    }
    if (example.replied !== undefined || example.posted !== undefined || example.sold !== undefined) out.push(example);
  }
  return out;
}

/** How many labels the examples carry: a refit is due when this grows materially. */
export function labelCount(examples: readonly OutcomeExample[]): number {
  let n = 0;
  for (const e of examples) n += +(e.replied !== undefined) + +(e.posted !== undefined) + +(e.sold !== undefined);
  return n;
}
