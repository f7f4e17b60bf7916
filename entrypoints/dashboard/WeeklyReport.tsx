import { lazy, Suspense } from 'react';
import { ReportTable } from '../../components/ReportTable';
import type { ReportRow } from '../../lib/reports';
import { authorName, cents, channelName, hours, money, percent, productName, stageName, templateName } from '../../lib/reports/labels';
import type { ReportDocument } from '../../lib/reports/report-csv';
import { KpiCards } from './KpiCards';
import { weekRows, type WeekRow } from './week-rows';
import { FunnelHead } from './FunnelNow';
// The charting library loads after the first view: the numbers come first.
const FunnelChart = lazy(() => import('./Charts').then((m) => ({ default: m.FunnelChart })));
const SendsChart = lazy(() => import('./Charts').then((m) => ({ default: m.SendsChart })));

const pct = (x: number | undefined) => (x === undefined ? '–' : `${percent(x)}%`);
const rateColumns = (name: (k: string) => string, label: string) => [
  { key: 'group', label, value: (r: ReportRow) => (r.key === 'all' ? 'All first messages' : name(r.key)) },
  { key: 'contacted', label: 'Contacted', value: (r: ReportRow) => r.contacted },
  { key: 'replied', label: 'Replied', value: (r: ReportRow) => r.replied },
  { key: 'rate', label: 'Reply rate', value: (r: ReportRow) => pct(r.rate) },
  { key: 'median', label: 'Median hours to reply', value: (r: ReportRow) => hours(r.medianHoursToReply) },
];
const H2 = 'mb-2 mt-4 font-semibold';
const H3 = 'mt-2 text-sm font-medium';

/** The weekly report: headline figures against the previous period, then every table of the report CSV. */
export function WeeklyReport({ doc }: { doc: ReportDocument }) {
  const { report: r, gmv, currency: cur } = doc;
  const weeks = weekRows(r.sends.byWeek);
  const sentTotal = r.sends.byAuthor.reduce((s, a) => s + a.count, 0);
  const weekTotal: WeekRow = { week: 'Total', counts: {}, total: sentTotal };
  for (const w of r.sends.byWeek) weekTotal.counts[w.channel] = (weekTotal.counts[w.channel] ?? 0) + w.count;
  // Exported as numbers (lib/csv writes them unprefixed, so a spreadsheet sums them) and handles bare.
  const gmvCols = (label: string, name: (k: string) => string, exported: (k: string) => string = name) => [
    { key: 'name', label, value: (l: (typeof gmv.byCreator)[number]) => name(l.key), csv: (l: (typeof gmv.byCreator)[number]) => exported(l.key) },
    { key: 'gmv', label: `GMV (${cur})`, value: (l: (typeof gmv.byCreator)[number]) => money(l.gmv, cur), csv: (l: (typeof gmv.byCreator)[number]) => cents(l.gmv) },
    { key: 'orders', label: 'Orders', value: (l: (typeof gmv.byCreator)[number]) => l.orders },
    { key: 'commission', label: `Commission (${cur})`, value: (l: (typeof gmv.byCreator)[number]) => money(l.commission, cur), csv: (l: (typeof gmv.byCreator)[number]) => cents(l.commission) },
  ];
  const noGmv = 'No GMV in this period: import a Seller Center performance CSV below, or choose a longer period.';
  return (
    <>
      <KpiCards report={r} previous={doc.previous} currency={cur} />

      <section data-scout="funnel" aria-label="Funnel">
        <h2 className={H2}>Funnel ({r.funnel.total} creators; {r.funnel.declined} declined, {r.funnel.notAFit} not a fit)</h2>
        {r.funnel.total === 0 ? (
          <p className="text-sm text-slate-500">No creators in the pipeline{doc.filter.owner ? ` owned by ${doc.filter.owner}` : ''}: add creators from a TikTok profile, or import a CSV from the popup.</p>
        ) : (
          <table className="mb-1 w-full text-sm">
            <FunnelHead bar />
            <tbody>
              {r.funnel.steps.map((s) => (
                <tr key={s.stage} data-stage={s.stage}>
                  <th className="py-1 text-left font-normal">{stageName(s.stage)}</th>
                  <td className="text-right" data-scout="stage-count">{s.now}</td>
                  <td className="text-right" data-scout="stage-reached">{s.reached}</td>
                  <td className="text-right text-slate-500" data-scout="stage-conversion">{pct(s.conversion)}</td>
                  <td className="pl-3">
                    <div className="h-3 rounded bg-sky-600" style={{ width: `${(100 * s.reached) / Math.max(1, r.funnel.steps[0]!.reached)}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Suspense fallback={null}>{r.funnel.total > 0 && <FunnelChart funnel={r.funnel} />}</Suspense>
      </section>

      <section aria-label="Responses">
        <h2 className={H2}>Response rates (creators first contacted in the period)</h2>
        {r.responses.overall.contacted === 0 ? (
          <p className="text-sm text-slate-500">No creator was first contacted in this period: log outreach from a creator's profile panel or the popup, or choose a longer period.</p>
        ) : (
          <>
            <h3 className={H3}>By channel of the first message</h3>
            <ReportTable name="response-by-channel" rows={[...r.responses.byChannel, r.responses.overall]} columns={rateColumns(channelName, 'Channel')} />
            <h3 className={H3}>By template of the first message</h3>
            <ReportTable name="response-by-template" rows={[...r.responses.byTemplate, r.responses.overall]} columns={rateColumns((k) => templateName(k, doc.templates), 'Template')} />
          </>
        )}
      </section>

      <section aria-label="Messages sent">
        <h2 className={H2}>Messages sent ({sentTotal})</h2>
        {sentTotal === 0 ? (
          <p className="text-sm text-slate-500">No messages sent in this period: log each DM, email or invite as you send it, and it counts here.</p>
        ) : (
          <>
            <h3 className={H3}>By week (Monday, UTC)</h3>
            <Suspense fallback={null}><SendsChart perWeek={weeks.rows} /></Suspense>
            <ReportTable name="sent-per-week" rows={[...weeks.rows, weekTotal]} columns={[
              { key: 'week', label: 'Week of', value: (w) => w.week },
              ...weeks.channels.map((c) => ({ key: c, label: channelName(c), value: (w: WeekRow) => w.counts[c] ?? 0 })),
              { key: 'total', label: 'Total', value: (w) => w.total },
            ]} />
            <h3 className={H3}>By author (who sent them)</h3>
            <ReportTable name="sent-by-author" rows={[...r.sends.byAuthor, { author: '\u0000total', count: sentTotal }]} columns={[
              { key: 'author', label: 'Author', value: (a) => (a.author === '\u0000total' ? 'Total' : authorName(a.author)) },
              { key: 'sent', label: 'Sent', value: (a) => a.count },
            ]} />
          </>
        )}
      </section>

      <section aria-label="Samples" data-scout="samples-report">
        <h2 className={H2}>Samples</h2>
        <p className="text-sm">
          Sent <span data-scout="samples-sent">{r.samples.sent}</span> · delivered <span data-scout="samples-delivered">{r.samples.delivered}</span> · video posted <span data-scout="samples-posted">{r.samples.posted}</span>
          {r.samples.sent + r.samples.delivered + r.samples.posted === 0 && <span className="text-slate-500"> — record a sample from the popup when you ship one.</span>}
        </p>
      </section>

      <section aria-label="GMV" data-scout="gmv">
        <h2 className={H2}>
          GMV <span data-scout="gmv-total">{money(r.gmv.total, cur)}</span> · per sample sent <span data-scout="gmv-per-sample">{money(r.gmv.perSample, cur)}</span>
        </h2>
        {gmv.widerThanPeriod && gmv.covers && (
          <p className="text-sm text-amber-800" data-scout="gmv-coverage">
            Imported GMV rows cover {gmv.covers.from} to {gmv.covers.to}, more than the chosen period: they are counted whole, not prorated.
          </p>
        )}
        <h3 className={H3}>By creator</h3>
        <ReportTable name="gmv-by-creator" rows={gmv.byCreator.slice(0, 50)} empty={noGmv} columns={gmvCols('Creator', (h) => `@${h}`, (h) => h)} />
        <h3 className={H3}>By follower tier</h3>
        <ReportTable name="gmv-by-tier" rows={gmv.byTier} empty={noGmv} columns={gmvCols('Tier', (t) => t)} />
        <h3 className={H3}>By product</h3>
        <ReportTable name="gmv-by-product" rows={gmv.byProduct} empty={noGmv} columns={gmvCols('Product', (p) => productName(p, doc.products))} />
      </section>
    </>
  );
}
