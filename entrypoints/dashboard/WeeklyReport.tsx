import { lazy, Suspense } from 'react';
import { ReportTable, type Column } from '../../components/ReportTable';
import { EmptyState } from '../../components/EmptyState';
import { ui } from '../../components/ui';
import { decimal, percent as showPercent, shortDate, wholeNumber } from '../../lib/format';
import { t } from '../../lib/i18n/t';
import type { ReportRow } from '../../lib/reports';
import type { GmvLine } from '../../lib/reports/gmv';
import { authorName, cents, channelName, hours, money, percent, productName, stageName, templateName, tierName } from '../../lib/reports/labels';
import type { ReportDocument } from '../../lib/reports/report-csv';
import { KpiCards } from './KpiCards';
import { weekRows, type WeekRow } from './week-rows';
import { FunnelHead, FunnelTitle } from './FunnelNow';
import { rich } from './rich';
// The charting library loads after the first view: the numbers come first.
const FunnelChart = lazy(() => import('./Charts').then((m) => ({ default: m.FunnelChart })));
const SendsChart = lazy(() => import('./Charts').then((m) => ({ default: m.SendsChart })));

const pct = (x: number | undefined) => (x === undefined ? '–' : showPercent(x));
// The totals row's key: no week or author is a NUL character.
const TOTAL = '\u0000';
const rateColumns = (name: (k: string) => string, label: string): Column<ReportRow>[] => [
  { key: 'group', label, value: (r) => (r.key === 'all' ? t('dashboard.name.allFirstMessages') : name(r.key)) },
  { key: 'contacted', label: t('dashboard.col.contacted'), value: (r) => r.contacted, numeric: true },
  { key: 'replied', label: t('dashboard.col.replied'), value: (r) => r.replied, numeric: true },
  { key: 'rate', label: t('dashboard.col.replyRate'), value: (r) => pct(r.rate), csv: (r) => percent(r.rate), numeric: true },
  { key: 'median', label: t('dashboard.col.medianHours'), value: (r) => (r.medianHoursToReply === undefined ? '–' : decimal(r.medianHoursToReply, 1)), csv: (r) => hours(r.medianHoursToReply), numeric: true },
];
const CARD = `${ui.card} ${ui.section}`;

/** The weekly report: headline figures against the previous period, the funnel, then every table of the report CSV. */
export function WeeklyReport({ doc }: { doc: ReportDocument }) {
  const { report: r, gmv, currency: cur } = doc;
  const weeks = weekRows(r.sends.byWeek);
  const sentTotal = r.sends.byAuthor.reduce((s, a) => s + a.count, 0);
  const weekTotal: WeekRow = { week: TOTAL, counts: {}, total: sentTotal };
  for (const w of r.sends.byWeek) weekTotal.counts[w.channel] = (weekTotal.counts[w.channel] ?? 0) + w.count;
  // Exported as numbers (lib/csv writes them unprefixed, so a spreadsheet sums them) and handles bare.
  const gmvCols = (label: string, name: (k: string) => string, exported: (k: string) => string = name): Column<GmvLine>[] => [
    { key: 'name', label, value: (l) => name(l.key), csv: (l) => exported(l.key) },
    { key: 'gmv', label: t('dashboard.col.gmvIn', { currency: cur }), value: (l) => money(l.gmv, cur), csv: (l) => cents(l.gmv), numeric: true },
    { key: 'orders', label: t('dashboard.col.orders'), value: (l) => l.orders, numeric: true },
    { key: 'commission', label: t('dashboard.col.commissionIn', { currency: cur }), value: (l) => money(l.commission, cur), csv: (l) => cents(l.commission), numeric: true },
  ];
  const noGmv = <EmptyState icon="upload" title={t('dashboard.gmv.emptyTitle')} hint={t('dashboard.gmv.emptyHint')} />;
  const owner = doc.filter.owner?.trim();
  return (
    <>
      <KpiCards report={r} previous={doc.previous} currency={cur} />

      <section data-scout="funnel" aria-label={t('dashboard.funnel.label')} className={CARD}>
        <FunnelTitle total={r.funnel.total} declined={r.funnel.declined} notAFit={r.funnel.notAFit} />
        {r.funnel.total === 0 ? (
          <EmptyState icon="users" title={owner ? t('dashboard.funnel.emptyOwnerTitle', { owner }) : t('dashboard.funnel.emptyTitle')} hint={t('dashboard.funnel.emptyHint')} />
        ) : (
          <table className="mb-1 w-full text-sm">
            <FunnelHead bar />
            <tbody>
              {r.funnel.steps.map((s) => (
                <tr key={s.stage} data-stage={s.stage} className="border-b border-slate-100">
                  <th scope="row" className="py-1 text-left font-normal">{stageName(s.stage)}</th>
                  <td className="text-right tabular-nums" data-scout="stage-count">{wholeNumber(s.now)}</td>
                  <td className="text-right tabular-nums" data-scout="stage-reached">{wholeNumber(s.reached)}</td>
                  <td className="text-right tabular-nums text-slate-600" data-scout="stage-conversion">{pct(s.conversion)}</td>
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

      <section aria-label={t('dashboard.responses.label')} className={CARD}>
        <h2 className={ui.sectionTitle}>{t('dashboard.responses.title')}</h2>
        {r.responses.overall.contacted === 0 ? (
          <EmptyState icon="message" title={t('dashboard.responses.emptyTitle')} hint={t('dashboard.responses.emptyHint')} />
        ) : (
          <>
            <h3 className={ui.subTitle}>{t('dashboard.responses.byChannel')}</h3>
            <ReportTable name="response-by-channel" rows={[...r.responses.byChannel, r.responses.overall]} columns={rateColumns(channelName, t('dashboard.col.channel'))} />
            <h3 className={ui.subTitle}>{t('dashboard.responses.byTemplate')}</h3>
            <ReportTable name="response-by-template" rows={[...r.responses.byTemplate, r.responses.overall]} columns={rateColumns((k) => templateName(k, doc.templates), t('dashboard.col.template'))} />
          </>
        )}
      </section>

      <section aria-label={t('dashboard.sends.label')} className={CARD}>
        <h2 className={ui.sectionTitle}>{t('dashboard.sends.title', { count: sentTotal })}</h2>
        {sentTotal === 0 ? (
          <EmptyState icon="mail" title={t('dashboard.sends.emptyTitle')} hint={t('dashboard.sends.emptyHint')} />
        ) : (
          <>
            <h3 className={ui.subTitle}>{t('dashboard.sends.byWeek')}</h3>
            <Suspense fallback={null}><SendsChart perWeek={weeks.rows} /></Suspense>
            <ReportTable name="sent-per-week" rows={[...weeks.rows, weekTotal]} columns={[
              { key: 'week', label: t('dashboard.col.weekOf'), value: (w) => (w.week === TOTAL ? t('dashboard.col.total') : shortDate(w.week)), csv: (w) => (w.week === TOTAL ? t('dashboard.col.total') : w.week) },
              ...weeks.channels.map((c): Column<WeekRow> => ({ key: c, label: channelName(c), value: (w) => w.counts[c] ?? 0, numeric: true })),
              { key: 'total', label: t('dashboard.col.total'), value: (w) => w.total, numeric: true },
            ]} />
            <h3 className={ui.subTitle}>{t('dashboard.sends.byAuthor')}</h3>
            <ReportTable name="sent-by-author" rows={[...r.sends.byAuthor, { author: TOTAL, count: sentTotal }]} columns={[
              { key: 'author', label: t('dashboard.col.author'), value: (a) => (a.author === TOTAL ? t('dashboard.col.total') : authorName(a.author)) },
              { key: 'sent', label: t('dashboard.col.sent'), value: (a) => a.count, numeric: true },
            ]} />
          </>
        )}
      </section>

      <section aria-label={t('dashboard.samples.title')} data-scout="samples-report" className={CARD}>
        <h2 className={ui.sectionTitle}>{t('dashboard.samples.title')}</h2>
        <p className={ui.body}>
          {rich('dashboard.samples.figures', {
            sent: <span data-scout="samples-sent" className="font-semibold tabular-nums">{wholeNumber(r.samples.sent)}</span>,
            delivered: <span data-scout="samples-delivered" className="font-semibold tabular-nums">{wholeNumber(r.samples.delivered)}</span>,
            posted: <span data-scout="samples-posted" className="font-semibold tabular-nums">{wholeNumber(r.samples.posted)}</span>,
          })}
        </p>
        {r.samples.sent + r.samples.delivered + r.samples.posted === 0 && <EmptyState compact icon="package" title={t('dashboard.samples.emptyTitle')} hint={t('dashboard.samples.emptyHint')} />}
      </section>

      <section aria-label={t('dashboard.kpi.gmv')} data-scout="gmv" className={CARD}>
        <h2 className={ui.sectionTitle}>
          {rich('dashboard.gmv.title', {
            total: <span data-scout="gmv-total" className="tabular-nums">{money(r.gmv.total, cur)}</span>,
            perSample: <span data-scout="gmv-per-sample" className="tabular-nums">{money(r.gmv.perSample, cur)}</span>,
          })}
        </h2>
        {gmv.widerThanPeriod && gmv.covers && (
          <p className={`text-sm ${ui.warning}`} data-scout="gmv-coverage">
            {t('dashboard.gmv.coverage', { from: shortDate(gmv.covers.from), to: shortDate(gmv.covers.to) })}
          </p>
        )}
        {gmv.byCreator.length === 0 ? noGmv : (
          <>
            <h3 className={ui.subTitle}>{t('dashboard.gmv.byCreator')}</h3>
            <ReportTable name="gmv-by-creator" rows={gmv.byCreator.slice(0, 50)} columns={gmvCols(t('dashboard.col.creator'), (h) => `@${h}`, (h) => h)} />
            <h3 className={ui.subTitle}>{t('dashboard.gmv.byTier')}</h3>
            <ReportTable name="gmv-by-tier" rows={gmv.byTier} columns={gmvCols(t('dashboard.col.tier'), tierName)} />
            <h3 className={ui.subTitle}>{t('dashboard.gmv.byProduct')}</h3>
            <ReportTable name="gmv-by-product" rows={gmv.byProduct} columns={gmvCols(t('dashboard.col.product'), (p) => productName(p, doc.products))} />
          </>
        )}
      </section>
    </>
  );
}
