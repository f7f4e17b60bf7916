import { toCsv } from '../csv';
import { CHANNELS } from '../model/outreach';
import type { GmvBreakdown } from './gmv';
import { authorName, cents, change, channelName, hours, kpis, percent, productName, stageName, templateName } from './labels';
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

/** The lines describing what a report covers: printed above the page and at the top of the CSV. */
export function headerLines(d: ReportDocument): [string, string][] {
  const period = d.filter.from || d.filter.to ? `${d.filter.from ?? 'the beginning'} to ${d.filter.to ?? 'now'} (UTC days, inclusive)` : 'all time';
  const lines: [string, string][] = [
    ['Period', period],
    ['Compared with', d.previousPeriod ? `${d.previousPeriod.from} to ${d.previousPeriod.to}` : 'nothing (no period chosen)'],
    ['Owner', d.filter.owner?.trim() || 'everyone'],
    ['Generated at', d.generatedAt],
    ['Currency', d.currency],
    ...(d.scope ?? []),
  ];
  if (d.gmv.widerThanPeriod && d.gmv.covers) lines.push(['GMV note', `GMV comes from imported rows covering ${d.gmv.covers.from} to ${d.gmv.covers.to}, wider than the period; it is not prorated`]);
  return lines;
}

const bare = (csv: string) => csv.replace(/^\uFEFF/, '');
// A title is a one-cell row, quoted like any other cell (titles hold commas).
const section = (title: string, rows: Record<string, unknown>[], columns: string[]) => bare(toCsv([], [title])) + bare(toCsv(rows, columns));

/**
 * Every table of the dashboard in one CSV: a header block, then each table under its title. Names are
 * human (template names, channel and stage labels), rates are percentages with one decimal in a "%"
 * column (52.9), money is a number in a column naming its currency.
 */
export function reportCsv(d: ReportDocument): string {
  const r = d.report;
  const cur = d.currency;
  const rateRows = (rows: ReportRow[], name: (k: string) => string) =>
    rows.map((x) => ({ Group: name(x.key), Contacted: x.contacted, Replied: x.replied, 'Reply rate %': percent(x.rate), 'Median hours to reply': hours(x.medianHoursToReply) }));
  const rateCols = ['Group', 'Contacted', 'Replied', 'Reply rate %', 'Median hours to reply'];
  const gmvCols = ['Name', `GMV (${cur})`, 'Orders', `Commission (${cur})`];
  const gmvRows = (lines: GmvBreakdown['byCreator'], name: (k: string) => string) =>
    lines.map((l) => ({ Name: name(l.key), [`GMV (${cur})`]: cents(l.gmv), Orders: l.orders, [`Commission (${cur})`]: cents(l.commission) }));
  const unit = (k: ReturnType<typeof kpis>[number]) => (k.kind === 'percent' ? ' %' : k.kind === 'money' ? ` (${cur})` : '');
  const scale = (k: ReturnType<typeof kpis>[number], v: number | undefined) => (k.kind === 'percent' ? percent(v) : k.kind === 'hours' ? hours(v) : k.kind === 'money' ? cents(v) : v);
  const parts = [
    toCsv(headerLines(d).map(([k, v]) => ({ 'Creator Scout report': k, '': v })), ['Creator Scout report', '']).replace(/^\uFEFF/, ''),
    section(
      'Summary',
      kpis(r, d.previous).map((k) => ({ Figure: `${k.label}${unit(k)}`, 'This period': scale(k, k.value), 'Previous period': scale(k, k.previous), Change: change(k) })),
      ['Figure', 'This period', 'Previous period', 'Change'],
    ),
    section(
      `Funnel (${r.funnel.total} creators; ${r.funnel.declined} declined, ${r.funnel.notAFit} not a fit)`,
      r.funnel.steps.map((s) => ({ Stage: stageName(s.stage), 'At this stage now': s.now, 'Reached at least': s.reached, 'Conversion from previous step %': percent(s.conversion) })),
      ['Stage', 'At this stage now', 'Reached at least', 'Conversion from previous step %'],
    ),
    section('Response rate overall', rateRows([r.responses.overall], () => 'All first messages'), rateCols),
    section('Response rate by channel of the first message', rateRows(r.responses.byChannel, channelName), rateCols),
    section('Response rate by template of the first message', rateRows(r.responses.byTemplate, (k) => templateName(k, d.templates)), rateCols),
    section(
      'Messages sent by week (Monday, UTC)',
      r.sends.byWeek.map((w) => ({ 'Week of': w.week, Channel: channelName(w.channel), Sent: w.count })).sort((a, b) => a['Week of'].localeCompare(b['Week of']) || CHANNELS.indexOf(a.Channel as never) - CHANNELS.indexOf(b.Channel as never)),
      ['Week of', 'Channel', 'Sent'],
    ),
    section('Messages sent by author', r.sends.byAuthor.map((a) => ({ Author: authorName(a.author), Sent: a.count })), ['Author', 'Sent']),
    section('Samples', [{ Sent: r.samples.sent, Delivered: r.samples.delivered, 'Video posted': r.samples.posted }], ['Sent', 'Delivered', 'Video posted']),
    section('GMV', [{ [`GMV total (${cur})`]: cents(r.gmv.total), [`GMV per sample sent (${cur})`]: cents(r.gmv.perSample) }], [`GMV total (${cur})`, `GMV per sample sent (${cur})`]),
    section('GMV by creator', gmvRows(d.gmv.byCreator, (h) => `@${h}`), gmvCols),
    section('GMV by follower tier', gmvRows(d.gmv.byTier, (t) => t), gmvCols),
    section('GMV by product', gmvRows(d.gmv.byProduct, (p) => productName(p, d.products)), gmvCols),
  ];
  return `\uFEFF${parts.join('\r\n')}`;
}
