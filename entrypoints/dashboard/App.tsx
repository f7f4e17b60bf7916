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
import { ContactsSection } from './ContactsSection';
import { CampaignsSection } from './CampaignsSection';
import { LearnedModelsSection } from '../../components/LearnedModelsSection';
import { Icon } from '../../components/Icon';
import { ui } from '../../components/ui';
import { dateTime, shortDate } from '../../lib/format';
import { t } from '../../lib/i18n/t';

type Tab = 'report' | 'campaigns';

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
        ...(filter.listId ? [[t('dashboard.filter.shortlist'), lists.find((l) => l.id === filter.listId)?.name ?? filter.listId] as [string, string]] : []),
        ...(filter.productId ? [[t('dashboard.filter.product'), loaded.products.get(filter.productId) ?? filter.productId] as [string, string]] : []),
      ],
    };
  }, [loaded, filter, lists]);

  const tabClass = (name: Tab) => `no-print -mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm ${tab === name ? 'border-sky-700 font-semibold text-slate-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`;
  return (
    <main className={`${ui.page} font-sans text-slate-900`}>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className={ui.pageTitle}>{t('dashboard.title')}</h1>
          <p className={ui.meta}>{t('dashboard.subtitle')}</p>
        </div>
        {tab === 'report' && (
          <div className="no-print flex gap-2">
            <button type="button" data-scout="report-csv" className={ui.button} disabled={!doc} onClick={() => doc && download(`creator-scout-report-${doc.filter.from ?? 'all'}-${doc.filter.to ?? 'now'}.csv`, reportCsv(doc))}>
              <Icon name="download" />
              {t('dashboard.reportCsv')}
            </button>
            <button type="button" className={ui.button} onClick={() => window.print()}>
              <Icon name="printer" />
              {t('dashboard.print')}
            </button>
          </div>
        )}
      </header>
      <nav className="no-print flex gap-1 border-b border-slate-200" role="tablist" aria-label={t('dashboard.tabs')}>
        <button type="button" role="tab" aria-selected={tab === 'report'} className={tabClass('report')} onClick={() => setTab('report')}>
          <Icon name="chart" />
          {t('dashboard.tab.report')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'campaigns'} data-scout="tab-campaigns" className={tabClass('campaigns')} onClick={() => setTab('campaigns')}>
          <Icon name="calendar" />
          {t('dashboard.tab.campaigns')}
        </button>
      </nav>

      {tab === 'campaigns' ? (
        <>
          <section id="followups" aria-label={t('dashboard.followUps')} className="rounded-lg border border-amber-200 bg-amber-50 p-4">
            <FollowUpsList db={db} daysAhead={7} onChange={() => void ask('reminders.refresh', {}).catch(() => {})} />
          </section>
          <CampaignsSection db={db} lists={lists} onReport={(c) => { setFilter({ ...filter, preset: 'custom', from: c.from, to: c.to, listId: c.listId }); setTab('report'); }} />
        </>
      ) : (
        <>
          <FilterBar filter={filter} onChange={setFilter} owners={loaded?.owners ?? []} lists={lists} products={products} />
          {!doc ? (
            counts && !filter.owner && !filter.listId && !filter.productId ? <FunnelNow counts={counts} /> : <p className={ui.hint}>{t('dashboard.loading')}</p>
          ) : (
            <>
              {/* On screen and on paper: what the figures cover. */}
              <p data-scout="report-filters" className={ui.meta}>
                {headerLines(doc, { day: shortDate, moment: dateTime }).map(([k, v]) => t('dashboard.header.line', { name: k, value: v })).join(' · ')}
              </p>
              <WeeklyReport doc={doc} />
              <Definitions />
              <PerformanceImport />
              <TiersSection db={db} gmvByCreator={doc.gmv.byCreator} currency={doc.currency} />
              <LearnedModelsSection db={db} refit={() => ask('score.refit', {})} />
              <ContactsSection db={db} />
            </>
          )}
        </>
      )}
    </main>
  );
}
