import { t, uiLocale } from './i18n/t';

/**
 * Display helpers shared by the overlay, popup and dashboard, in the reader's language (Intl). Missing
 * values read "not available", never 0. Dates are calendar days as stored (UTC), not shifted by time zone.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function format<F extends Intl.NumberFormat | Intl.DateTimeFormat>(id: string, make: (locale: string) => F): F {
  const locale = uiLocale();
  const key = `${locale}|${id}`;
  let f = cache.get(key) as F | undefined;
  if (!f) cache.set(key, (f = make(locale)));
  return f;
}

/** "not available" in the reader's language. */
export const na = (): string => t('common.na');

const finite = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

/** 12.3K, 1.2M (or the reader's own short form: "1,2 Mio.", "1.2万"). */
export function compactNumber(n: number | undefined): string {
  if (!finite(n)) return na();
  return format('compact', (l) => new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 1 })).format(n);
}

/** A whole number with the reader's grouping: 12,345 / 12.345 / 12 345. */
export function wholeNumber(n: number | undefined): string {
  if (!finite(n)) return na();
  return format('int', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 })).format(n);
}

/** A number with up to `digits` decimals in the reader's notation. */
export function decimal(n: number | undefined, digits = 2): string {
  if (!finite(n)) return na();
  return format(`dec${digits}`, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: digits })).format(n);
}

/** A rate (0.123) as a percentage with one decimal: 12.3% / 12,3 %. */
export function percent(rate: number | undefined): string {
  if (!finite(rate)) return na();
  return format('pct', (l) => new Intl.NumberFormat(l, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(rate);
}

/** An amount of money in its currency (ISO 4217), in the reader's notation; an unknown code is shown as is. */
export function money(amount: number | undefined, currency: string): string {
  if (!finite(amount)) return na();
  try {
    return format(`cur${currency}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency })).format(amount);
  } catch {
    return `${decimal(amount)} ${currency}`;
  }
}

const asDate = (value: string | number | undefined): Date | undefined => {
  if (value === undefined || value === '') return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

/** A calendar day in the reader's style (Nov 25, 2026 / 25 nov 2026 / 2026/11/25). */
export function shortDate(iso: string | undefined): string {
  const d = asDate(iso);
  return d ? format('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' })).format(d) : na();
}

/** A moment in the reader's style and time zone (sync times, last seen). */
export function dateTime(iso: string | number | undefined): string {
  const d = asDate(iso);
  return d ? format('datetime', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(d) : na();
}

/** A calendar day without its year, for dense rows (Nov 25 / 25. Nov. / 11/25), UTC like shortDate. */
export function monthDay(iso: string | undefined): string {
  const d = asDate(iso);
  return d ? format('monthDay', (l) => new Intl.DateTimeFormat(l, { month: 'short', day: 'numeric', timeZone: 'UTC' })).format(d) : na();
}
