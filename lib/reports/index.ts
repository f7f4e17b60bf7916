import { CHANNELS } from '../model/outreach';
import type { Stage } from '../model/pipeline';
import { median } from '../scoring/metrics';
import { inPeriod, ownerKey, overlaps, weekOf } from './period';
import type { Report, ReportFilter, ReportInput, ReportRow } from './schema';

export { ReportInput, ReportFilter, Report, ReportRow } from './schema';

/** The recruiting path in order; "declined" and "not a fit" leave it. */
export const PATH: Stage[] = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active'];

type Event = ReportInput['outreach'][number];
const REPLIED = PATH.indexOf('replied');
const pathIndex = (s: Stage) => PATH.indexOf(s);
const answered = (s: Stage) => s === 'declined' || pathIndex(s) >= REPLIED;

/**
 * The handles the owner filter keeps (trimmed, case-insensitive), or undefined for everyone. Every
 * figure is narrowed to these creators, whoever sent the message.
 */
export function scopeOf(input: ReportInput, f: ReportFilter): Set<string> | undefined {
  const want = ownerKey(f.owner);
  if (!want) return undefined;
  return new Set(input.pipeline.filter((e) => ownerKey(e.owner) === want).map((e) => e.handle));
}

/** DESIGN §8b: the whole report, pure and deterministic (`now` is accepted for the contract; figures depend only on input and filter). */
export function buildReport(input: ReportInput, filter: ReportFilter, now: string): Report {
  void now;
  const scope = scopeOf(input, filter);
  const keep = (h: string) => !scope || scope.has(h);
  const pipeline = input.pipeline.filter((e) => keep(e.handle));

  // Per creator: the furthest path stage any record shows, the first outbound event ever, whether a
  // stage record says they answered.
  const furthest = new Map<string, number>();
  const stageAnswered = new Set<string>();
  const push = (h: string, s: Stage) => {
    if (answered(s)) stageAnswered.add(h);
    const i = pathIndex(s);
    if (i > (furthest.get(h) ?? -1)) furthest.set(h, i);
  };
  for (const e of pipeline) {
    // Everyone in the pipeline entered it as a prospect; their current stage is where the last move took them.
    push(e.handle, 'prospect');
    push(e.handle, e.stage);
  }
  for (const c of input.stageChanges) if (keep(c.handle)) push(c.handle, c.to);

  const events = scope ? input.outreach.filter((e) => scope.has(e.handle)) : input.outreach;
  // One pass: each creator's first outbound event ever, and the outbound events inside the period.
  const firstOut = new Map<string, Event>();
  const weekly = new Map<string, number>();
  const authors = new Map<string, number>();
  for (const e of events) {
    if (e.direction !== 'out') continue;
    const f = firstOut.get(e.handle);
    if (!f || e.at < f.at || (e.at === f.at && e.id < f.id)) firstOut.set(e.handle, e);
    if (!inPeriod(e.at, filter)) continue;
    const k = `${weekOf(e.at)}|${e.channel}`;
    weekly.set(k, (weekly.get(k) ?? 0) + 1);
    const author = e.author ?? '';
    authors.set(author, (authors.get(author) ?? 0) + 1);
  }
  const firstReply = new Map<string, Event>();
  for (const e of events) {
    if (e.direction !== 'in') continue;
    const out = firstOut.get(e.handle);
    if (!out || e.at <= out.at) continue;
    const r = firstReply.get(e.handle);
    if (!r || e.at < r.at) firstReply.set(e.handle, e);
  }

  // Funnel: reached = furthest along the path by stage records, contacted by an outbound event,
  // replied by an inbound event after an outbound one. Declined creators count for what they passed.
  const reachedIdx = (h: string) => Math.max(furthest.get(h) ?? -1, firstOut.has(h) ? PATH.indexOf('contacted') : -1, firstReply.has(h) ? REPLIED : -1);
  const reached = PATH.map(() => 0);
  const nowAt = PATH.map(() => 0);
  let declined = 0;
  let notAFit = 0;
  for (const e of pipeline) {
    const r = reachedIdx(e.handle);
    for (let i = 0; i <= r; i++) reached[i]!++;
    if (e.stage === 'declined') declined++;
    else if (e.stage === 'not_a_fit') notAFit++;
    else nowAt[pathIndex(e.stage)]!++;
  }
  const steps = PATH.map((stage, i) => {
    const prev = i ? reached[i - 1]! : 0;
    return { stage, now: nowAt[i]!, reached: reached[i]!, ...(prev ? { conversion: reached[i]! / prev } : {}) };
  });

  // Responses: each creator's cohort is their first outbound event ever, kept when it falls in the period.
  type Acc = { contacted: number; replied: number; hours: number[] };
  const acc = () => ({ contacted: 0, replied: 0, hours: [] as number[] });
  const overall: Acc = acc();
  const byChannel = new Map<string, Acc>();
  const byTemplate = new Map<string, Acc>();
  for (const [h, out] of firstOut) {
    if (!inPeriod(out.at, filter)) continue;
    const reply = firstReply.get(h);
    const replied = !!reply || stageAnswered.has(h);
    const hours = reply ? (Date.parse(reply.at) - Date.parse(out.at)) / 3_600_000 : undefined;
    for (const [map, key] of [[byChannel, out.channel], [byTemplate, out.templateId ?? '']] as const) {
      if (!map.has(key)) map.set(key, acc());
    }
    for (const a of [overall, byChannel.get(out.channel)!, byTemplate.get(out.templateId ?? '')!]) {
      a.contacted++;
      if (replied) a.replied++;
      if (hours !== undefined) a.hours.push(hours);
    }
  }
  const row = (key: string, a: Acc): ReportRow => {
    const m = median(a.hours);
    return { key, contacted: a.contacted, replied: a.replied, rate: a.contacted ? a.replied / a.contacted : 0, ...(m !== undefined ? { medianHoursToReply: m } : {}) };
  };
  const rows = (map: Map<string, Acc>) => [...map].map(([k, a]) => row(k, a)).sort((a, b) => b.contacted - a.contacted || a.key.localeCompare(b.key));

  // Sends: outbound events inside the period (counted above), by week (Monday, UTC) and channel, and by author.
  const byWeek = [...weekly]
    .map(([k, count]) => ({ week: k.slice(0, 10), channel: k.slice(11) as Event['channel'], count }))
    .sort((a, b) => a.week.localeCompare(b.week) || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
  const byAuthor = [...authors].map(([author, count]) => ({ author, count })).sort((a, b) => b.count - a.count || a.author.localeCompare(b.author));

  // Samples whose sent / delivered / posted time falls inside the period.
  const samples = input.samples.filter((s) => keep(s.handle));
  const sentSamples = samples.filter((s) => inPeriod(s.sentAt, filter));
  const sampled = new Set(sentSamples.map((s) => s.handle));

  // GMV: rows whose period overlaps the filter's; per sample over creators sent a sample in the period.
  let total = 0;
  let sampledGmv = 0;
  for (const p of input.performance) {
    if (!keep(p.handle) || !overlaps(p.periodStart, p.periodEnd, filter)) continue;
    total += p.gmv;
    if (sampled.has(p.handle)) sampledGmv += p.gmv;
  }

  return {
    funnel: { total: pipeline.length, declined, notAFit, steps },
    responses: { overall: row('all', overall), byChannel: rows(byChannel), byTemplate: rows(byTemplate) },
    sends: { byWeek, byAuthor },
    samples: { sent: sentSamples.length, delivered: samples.filter((s) => inPeriod(s.deliveredAt, filter)).length, posted: samples.filter((s) => inPeriod(s.postedAt, filter)).length },
    gmv: { total, ...(sentSamples.length ? { perSample: sampledGmv / sentSamples.length } : {}) },
  };
}
