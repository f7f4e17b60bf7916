import { ContactsSection } from './ContactsSection';
import { lazy, Suspense, useState } from 'react';
import { getDb } from '../../storage/db';
import { listsRepo } from '../../storage/lists';
import { templatesRepo } from '../../storage/templates';
import { productsRepo } from '../../storage/products';
import { loadActivity, loadFunnel, type Report, type ReportFilter } from '../../storage/reports';
import { useLiveQuery } from '../../components/useLiveQuery';
import { FollowUpsList } from '../../components/FollowUpsList';
import { ReportTable } from '../../components/ReportTable';
import { download } from '../../components/download';
import { ask } from '../../lib/messaging/runtime';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import { CHANNEL_LABEL, CHANNELS, type Channel } from '../../lib/model/outreach';
import { toCsv } from '../../lib/csv';
import { PerformanceImport } from './PerformanceImport';
import { TiersSection } from './TiersSection';
import { CampaignsSection } from './CampaignsSection';
// The charting library loads after the first view: the numbers come first.
const FunnelChart = lazy(() => import('./Charts').then((m) => ({ default: m.FunnelChart })));
const SendsChart = lazy(() => import('./Charts').then((m) => ({ default: m.SendsChart })));

const pct = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 1000) / 10}%`);
const money = (x: number) => Math.round(x * 100) / 100;

/** One CSV for the whole report: each table under a heading row, for the weekly or monthly send-out. */
function reportCsv(r: Report): string {
  const parts: [string, Record<string, unknown>[]][] = [
    ['Funnel', r.funnel.steps.map((s) => ({ stage: STAGE_LABEL[s.stage], now: s.now, reached: s.reached, conversion: pct(s.conversion) }))],
    ['Response by channel', r.rates.byChannel.map((x) => ({ channel: x.key, contacted: x.contacted, replied: x.replied, rate: pct(x.rate) }))],
    ['Response by template', r.rates.byTemplate.map((x) => ({ template: x.key, contacted: x.contacted, replied: x.replied, rate: pct(x.rate) }))],
    ['Samples', [r.samples]],
    ['GMV by creator', r.performance.byCreator.map((x) => ({ creator: x.key, gmv: money(x.gmv), orders: x.orders, commission: money(x.commission) }))],
    ['GMV by tier', r.performance.byTier.map((x) => ({ tier: x.key, gmv: money(x.gmv), orders: x.orders, commission: money(x.commission) }))],
  ];
  return parts.map(([title, rows]) => `${title}\r\n${toCsv(rows, Object.keys(rows[0] ?? { none: '' })).replace(/^\uFEFF/, '')}`).join('\r\n').replace(/^/, '\uFEFF');
}

export function App() {
  const db = getDb();
  const [filter, setFilter] = useState<ReportFilter>({});
  const funnelView = useLiveQuery(() => loadFunnel(db, filter), [db, filter], undefined);
  // The heavy pass over outreach starts once the funnel is on screen, so it never delays the first view.
  const ready = funnelView !== undefined;
  const activity = useLiveQuery(() => (ready ? loadActivity(db, filter) : Promise.resolve(undefined)), [db, filter, ready], undefined);
  const report: Report | undefined = funnelView && activity ? { funnel: funnelView, ...activity } : undefined;
  const lists = useLiveQuery(() => listsRepo.all(db), [db], []);
  const templates = useLiveQuery(() => templatesRepo.all(db), [db], []);
  const products = useLiveQuery(() => productsRepo.recent(db, 200), [db], []);
  const templateName = (id: string) => templates.find((t) => t.id === id)?.name ?? id;
  const field = 'rounded border border-slate-300 px-2 py-1 text-sm';
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-6 font-sans text-slate-900">
      <style>{'@media print { .no-print { display: none !important } main { max-width: none } }'}</style>
      <header className="flex items-center justify-between">
        <h1 className="text-xl font-bold">Creator Scout dashboard</h1>
        <div className="no-print flex gap-2">
          <button type="button" className={field} disabled={!report} onClick={() => report && download(`creator-scout-report-${new Date().toISOString().slice(0, 10)}.csv`, reportCsv(report))}>Report CSV</button>
          <button type="button" className={field} onClick={() => window.print()}>Print / PDF</button>
        </div>
      </header>

      <section id="followups" aria-label="Follow-ups" className="rounded border border-amber-200 bg-amber-50 p-3">
        <FollowUpsList db={db} daysAhead={7} onChange={() => void ask('reminders.refresh', {}).catch(() => {})} />
      </section>

      <CampaignsSection db={db} lists={lists} onReport={setFilter} />

      <section aria-label="Filters" className="no-print flex flex-wrap gap-2 text-sm">
        <label>From <input type="date" className={field} value={filter.from ?? ''} onChange={(e) => setFilter({ ...filter, from: e.target.value || undefined })} /></label>
        <label>To <input type="date" className={field} value={filter.to ?? ''} onChange={(e) => setFilter({ ...filter, to: e.target.value || undefined })} /></label>
        <input aria-label="Owner" placeholder="owner" className={field} value={filter.owner ?? ''} onChange={(e) => setFilter({ ...filter, owner: e.target.value.trim() || undefined })} />
        <select aria-label="Shortlist" className={field} value={filter.listId ?? ''} onChange={(e) => setFilter({ ...filter, listId: e.target.value || undefined })}>
          <option value="">All shortlists</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        <select aria-label="Product" className={field} value={filter.productId ?? ''} onChange={(e) => setFilter({ ...filter, productId: e.target.value || undefined })}>
          <option value="">All products</option>
          {products.map((p) => <option key={p.id} value={p.id}>{p.title.slice(0, 40)}</option>)}
        </select>
      </section>

      {!funnelView ? (
        <p>Loading…</p>
      ) : (
          <section data-scout="funnel" aria-label="Funnel">
            <h2 className="mb-2 font-semibold">Funnel ({funnelView.total} creators; {funnelView.declined} declined, {funnelView.notAFit} not a fit)</h2>
            <table className="mb-1 w-full text-sm">
              <tbody>
                {funnelView.steps.map((s) => (
                  <tr key={s.stage} data-stage={s.stage}>
                    <th className="w-32 py-1 text-left font-normal">{STAGE_LABEL[s.stage]}</th>
                    <td className="w-16 text-right" data-scout="stage-count">{s.now}</td>
                    <td className="w-20 text-right" data-scout="stage-reached">{s.reached}</td>
                    <td className="w-20 text-right text-slate-500" data-scout="stage-conversion">{pct(s.conversion)}</td>
                    <td className="pl-3">
                      <div className="h-3 rounded bg-sky-600" style={{ width: `${(100 * s.reached) / Math.max(1, funnelView.steps[0]!.reached)}%` }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="text-xs text-slate-500">now · reached at least · conversion from the step before</p>
            <Suspense fallback={null}>
              <FunnelChart funnel={funnelView} />
            </Suspense>
          </section>
      )}

      {!report ? (
        <p>Loading outreach and performance…</p>
      ) : (
        <>
          <section aria-label="Outreach">
            <h2 className="mb-2 font-semibold">Outreach</h2>
            <h3 className="text-sm font-medium">Response rate by channel</h3>
            <ReportTable name="response-by-channel" rows={report.rates.byChannel} columns={[
              { key: 'channel', label: 'Channel', value: (r) => CHANNEL_LABEL[r.key as Channel] ?? r.key },
              { key: 'contacted', label: 'Contacted', value: (r) => r.contacted },
              { key: 'replied', label: 'Replied', value: (r) => r.replied },
              { key: 'rate', label: 'Rate', value: (r) => pct(r.rate) },
              { key: 'median', label: 'Median hours to reply', value: (r) => (r.medianHoursToReply === undefined ? undefined : Math.round(r.medianHoursToReply)) },
            ]} />
            <h3 className="text-sm font-medium">Response rate by template</h3>
            <ReportTable name="response-by-template" rows={report.rates.byTemplate} columns={[
              { key: 'template', label: 'Template', value: (r) => templateName(r.key) },
              { key: 'contacted', label: 'Contacted', value: (r) => r.contacted },
              { key: 'replied', label: 'Replied', value: (r) => r.replied },
              { key: 'rate', label: 'Rate', value: (r) => pct(r.rate) },
            ]} />
            <h3 className="text-sm font-medium">Messages sent per week</h3>
            <Suspense fallback={null}>
              <SendsChart perWeek={report.perWeek} />
            </Suspense>
            <ReportTable name="sent-per-week" rows={report.perWeek} columns={[
              { key: 'week', label: 'Week of', value: (r) => r.week },
              ...CHANNELS.map((c) => ({ key: c, label: CHANNEL_LABEL[c], value: (r: Report['perWeek'][number]) => (r as unknown as Record<string, number>)[c] ?? 0 })),
              { key: 'total', label: 'Total', value: (r) => r.total },
            ]} />
            <h3 className="text-sm font-medium">Messages sent by owner</h3>
            <ReportTable name="sent-by-owner" rows={report.perOwner} columns={[
              { key: 'owner', label: 'Owner', value: (r) => r.owner },
              { key: 'sent', label: 'Sent', value: (r) => r.sent },
            ]} />
          </section>

          <section aria-label="Samples" data-scout="samples-report">
            <h2 className="mb-2 font-semibold">Samples</h2>
            <p className="text-sm">
              Sent {report.samples.sent} · delivered {report.samples.delivered} · video posted {report.samples.posted} ({pct(report.samples.postedShare)} of samples became a posted video)
            </p>
          </section>

          <section aria-label="Performance">
            <h2 className="mb-2 font-semibold">Performance (GMV {money(report.performance.total)}; per sample sent {report.performance.gmvPerSample === undefined ? '–' : money(report.performance.gmvPerSample)})</h2>
            <PerformanceImport />
            <h3 className="text-sm font-medium">Top creators</h3>
            <ReportTable name="gmv-by-creator" rows={report.performance.byCreator.slice(0, 50)} columns={[
              { key: 'creator', label: 'Creator', value: (r) => `@${r.key}` },
              { key: 'gmv', label: 'GMV', value: (r) => money(r.gmv) },
              { key: 'orders', label: 'Orders', value: (r) => r.orders },
              { key: 'commission', label: 'Commission', value: (r) => money(r.commission) },
            ]} />
            <h3 className="text-sm font-medium">By follower tier</h3>
            <ReportTable name="gmv-by-tier" rows={report.performance.byTier} columns={[
              { key: 'tier', label: 'Tier', value: (r) => r.key },
              { key: 'gmv', label: 'GMV', value: (r) => money(r.gmv) },
              { key: 'orders', label: 'Orders', value: (r) => r.orders },
              { key: 'commission', label: 'Commission', value: (r) => money(r.commission) },
            ]} />
            <h3 className="text-sm font-medium">By product</h3>
            <ReportTable name="gmv-by-product" rows={report.performance.byProduct} columns={[
              { key: 'product', label: 'Product', value: (r) => r.key },
              { key: 'gmv', label: 'GMV', value: (r) => money(r.gmv) },
              { key: 'orders', label: 'Orders', value: (r) => r.orders },
            ]} />
          </section>

          <TiersSection db={db} gmvByCreator={report.performance.byCreator} />
          <ContactsSection db={db} />
        </>
      )}
    </main>
  );
}
