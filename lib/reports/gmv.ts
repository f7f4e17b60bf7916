import { tierOf } from '../model/tier';
import { scopeOf } from './index';
import { dayOf, overlaps } from './period';
import type { ReportFilter, ReportInput } from './schema';

export interface GmvLine {
  key: string;
  gmv: number;
  orders: number;
  commission: number;
}

/**
 * GMV by creator, follower tier and product, over the same rows as buildReport's gmv.total (owner
 * scope, periods overlapping the filter's), and the days those rows cover: imported rows are monthly,
 * so a one-week report says which months its GMV comes from instead of prorating silently.
 */
export function gmvBreakdown(input: ReportInput, filter: ReportFilter) {
  const scope = scopeOf(input, filter);
  const followers = new Map((input.creators ?? []).map((c) => [c.handle, c.followers]));
  const rows = input.performance.filter((p) => (!scope || scope.has(p.handle)) && overlaps(p.periodStart, p.periodEnd, filter));
  const sum = (key: (p: ReportInput['performance'][number]) => string): GmvLine[] => {
    const out = new Map<string, GmvLine>();
    for (const p of rows) {
      const k = key(p);
      const l = out.get(k) ?? { key: k, gmv: 0, orders: 0, commission: 0 };
      l.gmv += p.gmv;
      l.orders += p.orders ?? 0;
      l.commission += p.commission ?? 0;
      out.set(k, l);
    }
    return [...out.values()].sort((a, b) => b.gmv - a.gmv || a.key.localeCompare(b.key));
  };
  const starts = rows.map((p) => dayOf(p.periodStart)).sort();
  const ends = rows.map((p) => dayOf(p.periodEnd)).sort();
  const covers = rows.length ? { from: starts[0]!, to: ends.at(-1)! } : undefined;
  return {
    byCreator: sum((p) => p.handle),
    byTier: sum((p) => {
      const f = followers.get(p.handle);
      return f === undefined ? 'unknown' : tierOf(f);
    }),
    byProduct: sum((p) => p.productId ?? ''),
    covers,
    /** True when the imported rows reach outside the chosen period (their GMV is not prorated). */
    widerThanPeriod: !!covers && ((!!filter.from && covers.from < filter.from) || (!!filter.to && covers.to > filter.to)),
  };
}
export type GmvBreakdown = ReturnType<typeof gmvBreakdown>;
