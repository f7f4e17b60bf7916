import { CHANNEL_LABEL, type Channel } from '../model/outreach';
import { STAGE_LABEL, type Stage } from '../model/pipeline';
import type { Report, ReportRow } from './schema';

/** What the page and the CSV both call things: one place, so the two never disagree. */
export const channelName = (c: string) => CHANNEL_LABEL[c as Channel] ?? c;
export const stageName = (s: Stage) => STAGE_LABEL[s];
export const authorName = (a: string) => a || '(no author)';
export const productName = (p: string, names: Map<string, string>) => (p ? names.get(p) ?? p : '(all products)');
export const templateName = (id: string, names: Map<string, string>) => (id ? names.get(id) ?? `(deleted template ${id})` : '(no template)');

/** A share as a percentage with one decimal (52.9), a number a spreadsheet can sum or average. */
export const percent = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 10);
export const hours = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 10) / 10);
export const cents = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100) / 100);

/** Money for reading: thousands separators, two decimals and the currency code. */
export function money(x: number | undefined, currency: string): string {
  if (x === undefined) return '–';
  return `${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
}

/** The headline figures of the weekly report, this period against the one before. */
export interface Kpi {
  key: string;
  label: string;
  value: number | undefined;
  previous: number | undefined;
  kind: 'count' | 'percent' | 'hours' | 'money';
}

export function kpis(r: Report, prev: Report | undefined): Kpi[] {
  const o = r.responses.overall;
  const p = prev?.responses.overall;
  const rate = (row: ReportRow | undefined) => (row && row.contacted ? row.rate : undefined);
  return [
    { key: 'contacts', label: 'Creators contacted', value: o.contacted, previous: p?.contacted, kind: 'count' },
    { key: 'replies', label: 'Replied', value: o.replied, previous: p?.replied, kind: 'count' },
    { key: 'reply-rate', label: 'Reply rate', value: rate(o), previous: rate(p), kind: 'percent' },
    { key: 'median-hours', label: 'Median hours to reply', value: o.medianHoursToReply, previous: p?.medianHoursToReply, kind: 'hours' },
    { key: 'samples-sent', label: 'Samples sent', value: r.samples.sent, previous: prev?.samples.sent, kind: 'count' },
    { key: 'samples-posted', label: 'Sample videos posted', value: r.samples.posted, previous: prev?.samples.posted, kind: 'count' },
    { key: 'gmv', label: 'GMV', value: r.gmv.total, previous: prev?.gmv.total, kind: 'money' },
  ];
}

/** The change from the previous period, in the figure's own unit (percentage points for a rate). */
export function change(k: Kpi): number | undefined {
  if (k.value === undefined || k.previous === undefined) return undefined;
  const d = k.value - k.previous;
  return k.kind === 'percent' ? Math.round(d * 1000) / 10 : k.kind === 'count' ? d : Math.round(d * 100) / 100;
}
