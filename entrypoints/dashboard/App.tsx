import { useMemo, useState } from 'react';
import { getDb } from '../../storage/db';
import { listsRepo } from '../../storage/lists';
import { productsRepo } from '../../storage/products';
import { loadReportInput, stageCounts } from '../../storage/reports';
import { useLiveQuery } from '../../components/useLiveQuery';
import { FollowUpsList } from '../../components/FollowUpsList';
import { download } from '../../components/download';
import { ask } from '../../lib/messaging/runtime';
import { buildReport } from '../../lib/reports';
import { gmvBreakdown } from '../../lib/reports/gmv';
import { presetPeriod } from '../../lib/reports/presets';
import { headerLines, reportCsv, type ReportDocument } from '../../lib/reports/report-csv';
import { Definitions } from './Definitions';
import { FilterBar, type DashboardFilter } from './FilterBar';
import { WeeklyReport } from './WeeklyReport';
import { FunnelNow } from './FunnelNow';
import { PerformanceImport } from './PerformanceImport';
import { TiersSection } from './TiersSection';
import { CampaignsSection } from './CampaignsSection';
import { LearnedModelsSection } from '../../components/LearnedModelsSection';

type Tab = 'report' | 'campaigns';
const button = 'rounded border border-slate-300 px-2 py-1 text-sm';

export function App() {
  const db = getDb();
  const [tab, setTab] = useState<Tab>('report');
  const [filter, setFilter] = useState<DashboardFilter>({ preset: 'this_week' });
  const counts = useLiveQuery(() => stageCounts(db), [db], undefined);
  // The whole history loads once the stage counts are on screen, so it never delays the first paint.
  const ready = counts !== undefined;
  const loaded = useLiveQuery(() => (ready ? loadReportInput(db, { listId: filter.listId, productId: filter.productId }) : Promise.resolve(undefined)), [db, filter.listId, filter.productId, ready], undefined);
  const lists = useLiveQuery(() => listsRepo.all(db), [db], []);
  const products = useLiveQuery(() => productsRepo.recent(db, 200), [db], []);

  const doc = useMemo((): ReportDocument | undefined => {
    if (!loaded) return undefined;
    const now = new Date().toISOString();
    const period = presetPeriod(filter.preset, now.slice(0, 10), { from: filter.from, to: filter.to });
    const f = { from: period.from, to: period.to, owner: filter.owner };
    return {
      report: buildReport(loaded.input, f, now),
      previous: period.previous && buildReport(loaded.input, { ...period.previous, owner: filter.owner }, now),
      previousPeriod: period.previous,
      gmv: gmvBreakdown(loaded.input, f),
      filter: f,
      generatedAt: now,
      currency: loaded.currency,
      templates: loaded.templates,
      products: loaded.products,
      scope: [
        ...(filter.listId ? [['Shortlist', lists.find((l) => l.id === filter.listId)?.name ?? filter.listId] as [string, string]] : []),
        ...(filter.productId ? [['Product', loaded.products.get(filter.productId) ?? filter.productId] as [string, string]] : []),
      ],
    };
  }, [loaded, filter, lists]);

  const tabClass = (t: Tab) => `no-print border-b-2 px-3 py-1 text-sm ${tab === t ? 'border-sky-700 font-semibold' : 'border-transparent text-slate-600'}`;
  return (
    <main className="mx-auto max-w-5xl space-y-4 p-6 font-sans text-slate-900">
      <style>{'@media print { .no-print { display: none !important } main { max-width: none } }'}</style>
      <header className="flex items-center justify-between">
        <h1 className="text-xl font-bold">Creator Scout dashboard</h1>
        {tab === 'report' && (
          <div className="no-print flex gap-2">
            <button type="button" data-scout="report-csv" className={button} disabled={!doc} onClick={() => doc && download(`creator-scout-report-${doc.filter.from ?? 'all'}-${doc.filter.to ?? 'now'}.csv`, reportCsv(doc))}>Report CSV</button>
            <button type="button" className={button} onClick={() => window.print()}>Print / PDF</button>
          </div>
        )}
      </header>
      <nav className="flex gap-1 border-b" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'report'} className={tabClass('report')} onClick={() => setTab('report')}>Weekly report</button>
        <button type="button" role="tab" aria-selected={tab === 'campaigns'} data-scout="tab-campaigns" className={tabClass('campaigns')} onClick={() => setTab('campaigns')}>Campaigns, calendar and follow-ups</button>
      </nav>

      {tab === 'campaigns' ? (
        <>
          <section id="followups" aria-label="Follow-ups" className="rounded border border-amber-200 bg-amber-50 p-3">
            <FollowUpsList db={db} daysAhead={7} onChange={() => void ask('reminders.refresh', {}).catch(() => {})} />
          </section>
          <CampaignsSection db={db} lists={lists} onReport={(c) => { setFilter({ ...filter, preset: 'custom', from: c.from, to: c.to, listId: c.listId }); setTab('report'); }} />
        </>
      ) : (
        <>
          <FilterBar filter={filter} onChange={setFilter} owners={loaded?.owners ?? []} lists={lists} products={products} />
          {!doc ? (
            counts && !filter.owner && !filter.listId && !filter.productId ? <FunnelNow counts={counts} /> : <p>Loading the report…</p>
          ) : (
            <>
              {/* On screen and on paper: what the figures cover. */}
              <p data-scout="report-filters" className="text-xs text-slate-600">
                {headerLines(doc).map(([k, v]) => `${k}: ${v}`).join(' · ')}
              </p>
              <Definitions />
              <WeeklyReport doc={doc} />
              <PerformanceImport />
              <TiersSection db={db} gmvByCreator={doc.gmv.byCreator} currency={doc.currency} />
              <LearnedModelsSection db={db} refit={() => ask('score.refit', {})} />
            </>
          )}
        </>
      )}
    </main>
  );
}
