import type { ScoutDB } from './db';
import { STAGES, type PipelineEntry, type Stage } from '../lib/model/pipeline';
import type { OutreachEvent } from '../lib/model/outreach';
import { funnel } from '../lib/reports/funnel';
import { responseRates, weekOf } from '../lib/reports/response';
import { performanceReport } from '../lib/reports/performance';

export interface ReportFilter {
  /** ISO dates (inclusive). */
  from?: string;
  to?: string;
  owner?: string;
  listId?: string;
  /** Creators recruited for this product. */
  productId?: string;
}

/** The creators an owner or shortlist filter selects, or undefined for everyone. */
function scopeOf(db: ScoutDB, f: ReportFilter): Promise<PipelineEntry[] | undefined> | undefined {
  const keep = (e: PipelineEntry) => (!f.owner || e.owner === f.owner) && (!f.productId || e.products.includes(f.productId));
  if (f.listId) {
    // Chained Dexie promises (no async function): a liveQuery only tracks reads made inside Dexie's promises.
    return db.listMembers
      .where('listId')
      .equals(f.listId)
      .toArray()
      .then((members) => db.pipeline.bulkGet(members.map((m) => m.handle)))
      .then((entries) => entries.filter((e): e is PipelineEntry => !!e && keep(e)));
  }
  if (f.productId) return db.pipeline.where('products').equals(f.productId).filter(keep).toArray();
  if (f.owner) return db.pipeline.where('owner').equals(f.owner).toArray();
  return undefined;
}

/**
 * The funnel: without filters straight from the stage index (no row is loaded), so the dashboard's
 * first view is ready at once; the period selects creators by when they were added (a cohort).
 */
export async function loadFunnel(db: ScoutDB, f: ReportFilter) {
  const pending = scopeOf(db, f);
  const scope = pending ? await pending : undefined;
  const inCohort = (e: PipelineEntry) => (!f.from || e.addedAt >= f.from) && (!f.to || e.addedAt <= `${f.to}\uffff`);
  const stageCounts: Partial<Record<Stage, number>> = {};
  if (scope || f.from || f.to) {
    for (const e of scope ?? (await db.pipeline.toArray())) if (inCohort(e)) stageCounts[e.stage] = (stageCounts[e.stage] ?? 0) + 1;
  } else await Promise.all(STAGES.map(async (s) => (stageCounts[s] = await db.pipeline.where('stage').equals(s).count())));
  return funnel(stageCounts);
}

/** Outreach, samples and performance: one pass over outreach by index, after the first view. */
export async function loadActivity(db: ScoutDB, f: ReportFilter) {
  const pending = scopeOf(db, f);
  const scope = pending ? await pending : undefined;
  const chosenSet = scope ? new Set(scope.map((e) => e.handle)) : undefined;

  // Outreach in the period, walked by the [handle+at] index; per creator only the first message and the
  // first reply after it are kept, so 200k events never sit in memory at once.
  const firstByCreator = new Map<string, OutreachEvent[]>();
  const perWeek = new Map<string, Map<string, number>>();
  const perOwner = new Map<string, number>();
  let current = '';
  let firstOut: OutreachEvent | undefined;
  let reply: OutreachEvent | undefined;
  const flush = () => {
    if (current && firstOut) firstByCreator.set(current, reply ? [firstOut, reply] : [firstOut]);
  };
  await db.outreach.orderBy('[handle+at]').each((e) => {
    if (e.handle !== current) {
      flush();
      current = e.handle;
      firstOut = undefined;
      reply = undefined;
    }
    if (chosenSet && !chosenSet.has(e.handle)) return;
    const inPeriod = (!f.from || e.at >= f.from) && (!f.to || e.at <= `${f.to}\uffff`);
    if (e.direction === 'out') {
      if (inPeriod) {
        const week = perWeek.get(weekOf(e.at)) ?? new Map<string, number>();
        week.set(e.channel, (week.get(e.channel) ?? 0) + 1);
        perWeek.set(weekOf(e.at), week);
        perOwner.set(e.author || '(unknown)', (perOwner.get(e.author || '(unknown)') ?? 0) + 1);
      }
      if (!firstOut && inPeriod) firstOut = e;
    } else if (firstOut && !reply && e.at > firstOut.at) reply = e;
  });
  flush();
  const stages = new Map<string, Stage>();
  if (firstByCreator.size) for (const e of await db.pipeline.bulkGet([...firstByCreator.keys()])) if (e) stages.set(e.handle, e.stage);
  const rates = responseRates(firstByCreator, (h) => stages.get(h));

  let sent = 0;
  let delivered = 0;
  let posted = 0;
  await db.samples.each((s) => {
    if (chosenSet && !chosenSet.has(s.handle)) return;
    if ((f.from && s.sentAt < f.from) || (f.to && s.sentAt > `${f.to}\uffff`)) return;
    sent++;
    if (s.deliveredAt) delivered++;
    if (s.videoUrl || s.postedAt) posted++;
  });

  const perf = (await db.performance.toArray()).filter(
    (p) => (!chosenSet || chosenSet.has(p.handle)) && (!f.productId || !p.productId || p.productId === f.productId) && (!f.from || p.period >= f.from.slice(0, p.period.length)) && (!f.to || p.period <= f.to.slice(0, p.period.length)),
  );
  const followers = new Map((await db.creators.bulkGet([...new Set(perf.map((p) => p.handle))])).flatMap((c) => (c?.followers !== undefined ? [[c.handle, c.followers] as const] : [])));
  return {
    rates,
    perWeek: [...perWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, m]) => ({ week, ...Object.fromEntries(m), total: [...m.values()].reduce((a, b) => a + b, 0) })),
    perOwner: [...perOwner.entries()].map(([owner, sentCount]) => ({ owner, sent: sentCount })).sort((a, b) => b.sent - a.sent),
    samples: { sent, delivered, posted, postedShare: sent ? posted / sent : undefined },
    performance: performanceReport(perf, (h) => followers.get(h), sent),
  };
}
export type Activity = Awaited<ReturnType<typeof loadActivity>>;

export async function loadReport(db: ScoutDB, f: ReportFilter) {
  const [f1, activity] = await Promise.all([loadFunnel(db, f), loadActivity(db, f)]);
  return { funnel: f1, ...activity };
}
export type Report = Awaited<ReturnType<typeof loadReport>>;
