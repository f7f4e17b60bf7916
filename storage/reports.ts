import type { ScoutDB } from './db';
import { STAGES } from '../lib/model/pipeline';
import type { ReportInput } from '../lib/reports/schema';
import type { Performance } from '../lib/model/collections';
import { STAGE_COUNTS } from './kept-counts';

/** Narrow the report to a shortlist's or a product's creators (a campaign's report), on top of §8b's filter. */
export interface ReportScope {
  listId?: string;
  productId?: string;
}

export interface LoadedReport {
  input: ReportInput;
  /** The team's owners as written on pipeline entries, one per name whatever its case or spaces. */
  owners: string[];
  templates: Map<string, string>;
  products: Map<string, string>;
  currency: string;
}

/** A performance row's period as days: "2026-11" is the whole month, "2026-11-07" that day. */
export function periodDays(period: string): { periodStart: string; periodEnd: string } {
  if (period.length > 7) return { periodStart: period.slice(0, 10), periodEnd: period.slice(0, 10) };
  const [y, m] = period.split('-').map(Number) as [number, number];
  return { periodStart: `${period}-01`, periodEnd: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
}

function currencyOf(rows: Performance[]): string {
  const all = [...new Set(rows.map((p) => p.currency || 'USD'))].sort();
  return all.length > 1 ? `mixed: ${all.join(', ')}` : (all[0] ?? 'USD');
}

/**
 * Everything buildReport needs, one read of each table in one transaction (no per-creator queries):
 * the report is computed in memory from these arrays. Creators' follower counts are read only for
 * those with GMV rows (the tier breakdown), by bulkGet.
 * Chained Dexie promises, no async function: a liveQuery only tracks reads made inside Dexie's promises.
 */
export function loadReportInput(db: ScoutDB, scope: ReportScope = {}): Promise<LoadedReport> {
  const tables = [db.pipeline, db.stageChanges, db.outreach, db.samples, db.performance, db.creators, db.templates, db.products, db.listMembers];
  return db.transaction('r', tables, () =>
    Promise.all([
      db.pipeline.toArray(),
      db.stageChanges.toArray(),
      db.outreach.toArray(),
      db.samples.toArray(),
      db.performance.toArray(),
      db.templates.toArray(),
      db.products.toArray(),
      scope.listId ? db.listMembers.where('listId').equals(scope.listId).toArray() : Promise.resolve(undefined),
    ]).then(([pipeline, stageChanges, outreach, samples, performance, templates, products, members]) => {
      const memberSet = members && new Set(members.map((m) => m.handle));
      const entries = pipeline.filter((e) => (!memberSet || memberSet.has(e.handle)) && (!scope.productId || e.products.includes(scope.productId)));
      const only = memberSet || scope.productId ? new Set(entries.map((e) => e.handle)) : undefined;
      const keep = <T extends { handle: string }>(rows: T[]) => (only ? rows.filter((r) => only.has(r.handle)) : rows);
      const perf = keep(performance).filter((p) => !scope.productId || !p.productId || p.productId === scope.productId);
      const owners = new Map<string, string>();
      for (const e of pipeline) {
        const o = e.owner?.trim();
        if (o && !owners.has(o.toLowerCase())) owners.set(o.toLowerCase(), o);
      }
      return db.creators.bulkGet([...new Set(perf.map((p) => p.handle))]).then((creators) => ({
        input: {
          pipeline: entries.map((e) => ({ handle: e.handle, stage: e.stage, owner: e.owner, addedAt: e.addedAt })),
          stageChanges: keep(stageChanges),
          outreach: keep(outreach),
          samples: keep(samples).map((s) => ({ handle: s.handle, sentAt: s.sentAt, deliveredAt: s.deliveredAt, postedAt: s.postedAt ?? (s.videoUrl ? s.updatedAt : undefined) })),
          performance: perf.map((p) => ({ handle: p.handle, gmv: p.gmv, orders: p.orders, commission: p.commission, productId: p.productId, ...periodDays(p.period) })),
          creators: creators.flatMap((c) => (c ? [{ handle: c.handle, followers: c.followers }] : [])),
        },
        owners: [...owners.values()].sort((a, b) => a.localeCompare(b)),
        templates: new Map(templates.map((t) => [t.id, t.name])),
        products: new Map(products.map((p) => [p.id, p.title])),
        currency: currencyOf(perf),
      }));
    }),
  );
}

/**
 * Creators at each stage now: the dashboard's first paint. One row, kept in step with every pipeline
 * write (storage/kept-counts.ts); counting the stage index took most of a second at 100k entries. Where
 * the row is not there yet (a database the background has not filled), the index is counted as before.
 */
export function stageCounts(db: ScoutDB): Promise<Record<string, number>> {
  return db.keptCounts.get(STAGE_COUNTS).then((row) =>
    row
      ? Object.fromEntries(STAGES.map((s) => [s, row.counts[s] ?? 0]))
      : Promise.all(STAGES.map((s) => db.pipeline.where('stage').equals(s).count())).then((n) => Object.fromEntries(STAGES.map((s, i) => [s, n[i]!]))),
  );
}
