import { t, labels } from '../i18n/t';
import { money as formatMoney } from '../format';
import { TIERS } from '../model/constants';
import { CHANNEL_LABEL, type Channel } from '../model/outreach';
import { STAGE_LABEL, type Stage } from '../model/pipeline';
import type { Report, ReportRow } from './schema';

/** What the page and the CSV both call things, in the reader's language: one place, so the two never disagree. */
export const channelName = (c: string) => CHANNEL_LABEL[c as Channel] ?? c;
export const stageName = (s: Stage) => STAGE_LABEL[s];
export const authorName = (a: string) => a || t('dashboard.name.noAuthor');
export const productName = (p: string, names: Map<string, string>) => (p ? names.get(p) ?? p : t('dashboard.name.allProducts'));
export const templateName = (id: string, names: Map<string, string>) => (id ? names.get(id) ?? t('dashboard.name.deletedTemplate', { id }) : t('dashboard.name.noTemplate'));
const TIER_LABEL = labels(TIERS, 'common.tier');
/** A follower tier key of the GMV breakdown ("micro", or "unknown" when the follower count is not known). */
export const tierName = (k: string) => TIER_LABEL[k as keyof typeof TIER_LABEL] ?? (k === 'unknown' ? t('dashboard.name.unknownTier') : k);

// Numbers for the CSV (machine-readable: a spreadsheet can sum or average them). On screen, lib/format.
/** A share as a percentage with one decimal (52.9). */
export const percent = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 10);
export const hours = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 10) / 10);
export const cents = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100) / 100);

/** Money for reading, in the reader's notation and its currency (Intl); "–" where there is no amount. */
export function money(x: number | undefined, currency: string): string {
  return x === undefined ? '–' : formatMoney(x, currency);
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
    { key: 'contacts', label: t('dashboard.kpi.contacts'), value: o.contacted, previous: p?.contacted, kind: 'count' },
    { key: 'replies', label: t('dashboard.kpi.replies'), value: o.replied, previous: p?.replied, kind: 'count' },
    { key: 'reply-rate', label: t('dashboard.kpi.replyRate'), value: rate(o), previous: rate(p), kind: 'percent' },
    { key: 'median-hours', label: t('dashboard.kpi.medianHours'), value: o.medianHoursToReply, previous: p?.medianHoursToReply, kind: 'hours' },
    { key: 'samples-sent', label: t('dashboard.kpi.samplesSent'), value: r.samples.sent, previous: prev?.samples.sent, kind: 'count' },
    { key: 'samples-posted', label: t('dashboard.kpi.samplesPosted'), value: r.samples.posted, previous: prev?.samples.posted, kind: 'count' },
    { key: 'gmv', label: t('dashboard.kpi.gmv'), value: r.gmv.total, previous: prev?.gmv.total, kind: 'money' },
  ];
}

/** The change from the previous period, in the figure's own unit (percentage points for a rate). */
export function change(k: Kpi): number | undefined {
  if (k.value === undefined || k.previous === undefined) return undefined;
  const d = k.value - k.previous;
  return k.kind === 'percent' ? Math.round(d * 1000) / 10 : k.kind === 'count' ? d : Math.round(d * 100) / 100;
}
