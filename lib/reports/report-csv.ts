import { toCsv } from '../csv';
import { t, tn } from '../i18n/t';
import { CHANNELS } from '../model/outreach';
import type { GmvBreakdown } from './gmv';
import { authorName, cents, change, channelName, hours, kpis, percent, productName, stageName, templateName, tierName } from './labels';
import type { Report, ReportFilter, ReportRow } from './schema';

export interface ReportDocument {
  report: Report;
  /** The same report over the period before, when there is a period. */
  previous?: Report;
  previousPeriod?: { from: string; to: string };
  gmv: GmvBreakdown;
  filter: ReportFilter;
  generatedAt: string;
  currency: string;
  templates: Map<string, string>;
  products: Map<string, string>;
  /** Further scope the page applied (a shortlist, a product), as label and value. */
  scope?: [string, string][];
}

/** How the header block writes dates: ISO days in the CSV (a spreadsheet sorts them), the reader's style on screen. */
export interface HeaderFormat {
  day: (d: string) => string;
  moment: (iso: string) => string;
}
const ISO: HeaderFormat = { day: (d) => d, moment: (iso) => iso };

/** The lines describing what a report covers: printed above the page and at the top of the CSV. */
export function headerLines(d: ReportDocument, f: HeaderFormat = ISO): [string, string][] {
  const { from, to } = d.filter;
  const period = from || to ? t('dashboard.header.periodRange', { from: from ? f.day(from) : t('dashboard.header.beginning'), to: to ? f.day(to) : t('dashboard.header.now') }) : t('dashboard.header.allTime');
  const lines: [string, string][] = [
    [t('dashboard.header.period'), period],
    [t('dashboard.header.comparedWith'), d.previousPeriod ? t('dashboard.header.range', { from: f.day(d.previousPeriod.from), to: f.day(d.previousPeriod.to) }) : t('dashboard.header.noComparison')],
    [t('dashboard.header.owner'), d.filter.owner?.trim() || t('dashboard.header.everyone')],
    [t('dashboard.header.generatedAt'), f.moment(d.generatedAt)],
    [t('dashboard.header.currency'), d.currency],
    ...(d.scope ?? []),
  ];
  if (d.gmv.widerThanPeriod && d.gmv.covers) lines.push([t('dashboard.header.gmvNote'), t('dashboard.header.gmvNoteText', { from: f.day(d.gmv.covers.from), to: f.day(d.gmv.covers.to) })]);
  return lines;
}

const bare = (csv: string) => csv.replace(/^\uFEFF/, '');
// A title is a one-cell row, quoted like any other cell (titles hold commas).
const section = (title: string, rows: Record<string, unknown>[], columns: string[]) => bare(toCsv([], [title])) + bare(toCsv(rows, columns));

/**
 * Every table of the dashboard in one CSV: a header block, then each table under its title. Names are
 * human and in the reader's language (template names, channel and stage labels), rates are percentages
 * with one decimal in a "%" column (52.9), money is a number in a column naming its currency.
 */
export function reportCsv(d: ReportDocument): string {
  const r = d.report;
  const cur = d.currency;
  // A table as its column names and rows of cells in the same order.
  const table = (title: string, columns: string[], rows: unknown[][]) =>
    section(title, rows.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i]]))), columns);
  const rateCols = [t('dashboard.col.group'), t('dashboard.col.contacted'), t('dashboard.col.replied'), t('dashboard.col.replyRatePct'), t('dashboard.col.medianHours')];
  const rateRows = (rows: ReportRow[], name: (k: string) => string) => rows.map((x) => [name(x.key), x.contacted, x.replied, percent(x.rate), hours(x.medianHoursToReply)]);
  const gmvCols = [t('dashboard.col.name'), t('dashboard.col.gmvIn', { currency: cur }), t('dashboard.col.orders'), t('dashboard.col.commissionIn', { currency: cur })];
  const gmvRows = (lines: GmvBreakdown['byCreator'], name: (k: string) => string) => lines.map((l) => [name(l.key), cents(l.gmv), l.orders, cents(l.commission)]);
  const unit = (k: ReturnType<typeof kpis>[number]) => (k.kind === 'percent' ? ' %' : k.kind === 'money' ? ` (${cur})` : '');
  const scale = (k: ReturnType<typeof kpis>[number], v: number | undefined) => (k.kind === 'percent' ? percent(v) : k.kind === 'hours' ? hours(v) : k.kind === 'money' ? cents(v) : v);
  const byWeek = [...r.sends.byWeek].sort((a, b) => a.week.localeCompare(b.week) || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
  const title = t('dashboard.csv.title');
  const parts = [
    toCsv(headerLines(d).map(([k, v]) => ({ [title]: k, '': v })), [title, '']).replace(/^\uFEFF/, ''),
    table(
      t('dashboard.csv.summary'),
      [t('dashboard.col.figure'), t('dashboard.col.thisPeriod'), t('dashboard.col.previousPeriod'), t('dashboard.col.change')],
      kpis(r, d.previous).map((k) => [`${k.label}${unit(k)}`, scale(k, k.value), scale(k, k.previous), change(k)]),
    ),
    table(
      tn('dashboard.funnel.title', r.funnel.total, { declined: r.funnel.declined, notAFit: r.funnel.notAFit }),
      [t('dashboard.col.stage'), t('dashboard.col.atStageNow'), t('dashboard.col.reachedAtLeast'), t('dashboard.col.conversionPct')],
      r.funnel.steps.map((s) => [stageName(s.stage), s.now, s.reached, percent(s.conversion)]),
    ),
    table(t('dashboard.csv.responseOverall'), rateCols, rateRows([r.responses.overall], () => t('dashboard.name.allFirstMessages'))),
    table(t('dashboard.csv.responseByChannel'), rateCols, rateRows(r.responses.byChannel, channelName)),
    table(t('dashboard.csv.responseByTemplate'), rateCols, rateRows(r.responses.byTemplate, (k) => templateName(k, d.templates))),
    table(t('dashboard.csv.sentByWeek'), [t('dashboard.col.weekOf'), t('dashboard.col.channel'), t('dashboard.col.sent')], byWeek.map((w) => [w.week, channelName(w.channel), w.count])),
    table(t('dashboard.csv.sentByAuthor'), [t('dashboard.col.author'), t('dashboard.col.sent')], r.sends.byAuthor.map((a) => [authorName(a.author), a.count])),
    table(t('dashboard.samples.title'), [t('dashboard.col.sent'), t('dashboard.col.delivered'), t('dashboard.col.videoPosted')], [[r.samples.sent, r.samples.delivered, r.samples.posted]]),
    table(t('dashboard.kpi.gmv'), [t('dashboard.col.gmvTotalIn', { currency: cur }), t('dashboard.col.gmvPerSampleIn', { currency: cur })], [[cents(r.gmv.total), cents(r.gmv.perSample)]]),
    table(t('dashboard.csv.gmvByCreator'), gmvCols, gmvRows(d.gmv.byCreator, (h) => `@${h}`)),
    table(t('dashboard.csv.gmvByTier'), gmvCols, gmvRows(d.gmv.byTier, tierName)),
    table(t('dashboard.csv.gmvByProduct'), gmvCols, gmvRows(d.gmv.byProduct, (p) => productName(p, d.products))),
  ];
  return `\uFEFF${parts.join('\r\n')}`;
}
