import { messagesGeneration, t, uiLocale, type MessageKey, type PluralKey } from './t';

/**
 * t() for hot loops (scoring whole lists: six details per creator, 100k creators): each message is read
 * from the browser once and split at its slots once, numbers are formatted by cached Intl formatters, and
 * filling a message is a few string concatenations. Same text as t(); values must already be strings.
 */
type Compiled = { parts: string[]; names: string[] };

let seen = -1;
let locale = 'en';
let compiled = new Map<string, Compiled>();
let plural: Intl.PluralRules | undefined;
const formatters = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
const memo = new Map<string, Map<number, string>>();

function fresh(): void {
  const g = messagesGeneration();
  if (g === seen) return;
  seen = g;
  locale = uiLocale();
  compiled = new Map();
  plural = undefined;
  forms = [];
  formatters.clear();
  memo.clear();
}

function compile(key: string): Compiled {
  let c = compiled.get(key);
  if (!c) {
    const parts: string[] = [];
    const names: string[] = [];
    const text = t(key as MessageKey);
    let at = 0;
    for (const m of text.matchAll(/\{([A-Za-z0-9_]+)\}/g)) {
      parts.push(text.slice(at, m.index));
      names.push(m[1]!);
      at = m.index! + m[0].length;
    }
    parts.push(text.slice(at));
    compiled.set(key, (c = { parts, names }));
  }
  return c;
}

function render(c: Compiled, values: Readonly<Record<string, string>> | undefined, count: string | undefined): string {
  const { parts, names } = c;
  let out = parts[0]!;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    out += (name === 'count' && count !== undefined ? count : values?.[name] ?? `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/** The message `key` with its slots filled by `values` (strings, formatted by the caller). */
export function fill(key: MessageKey, values?: Readonly<Record<string, string>>): string {
  fresh();
  return render(compile(key), values, undefined);
}

// Plural forms of the small counts lists are made of, per language (Intl.PluralRules.select is not cheap).
let forms: ('one' | 'other')[] = [];

/** fill() of `key.one` or `key.other` by the reader's plural rules; `{count}` is the count, formatted. */
export function fillN(key: PluralKey, count: number, values?: Readonly<Record<string, string>>): string {
  fresh();
  const small = count >= 0 && count < 1000 && Number.isInteger(count);
  let form = small ? forms[count] : undefined;
  if (!form) {
    plural ??= new Intl.PluralRules(locale);
    form = plural.select(count) === 'one' ? 'one' : 'other';
    if (small) forms[count] = form;
  }
  // Below 1000 every language here writes an integer as plain digits.
  const shown = small ? String(count) : cachedNumber('int', { maximumFractionDigits: 0 }, count, count);
  return render(compile(form === 'one' ? `${key}.one` : `${key}.other`), values, shown);
}

/** The formatter `id` for the reader's language, made once per language. */
function formatter<F extends Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(id: string, make: (locale: string) => F): F {
  let f = formatters.get(id) as F | undefined;
  if (!f) formatters.set(id, (f = make(locale)));
  return f;
}

/** What has been shown under `id`, by `bucket` (the value as it will be shown, e.g. rounded to tenths):
 * lists repeat the same few shown values many times. */
function memoOf(id: string): Map<number, string> {
  fresh();
  let byValue = memo.get(id);
  if (!byValue) memo.set(id, (byValue = new Map()));
  return byValue;
}

function remember(byValue: Map<number, string>, bucket: number, shown: string): string {
  // Bounded: a long-running background scoring many lists never grows this without limit.
  if (byValue.size > 20_000) byValue.clear();
  byValue.set(bucket, shown);
  return shown;
}

/** `n` formatted with `options` in the reader's language, memoised by `bucket`. */
function cachedNumber(id: string, options: Intl.NumberFormatOptions, bucket: number, n: number): string {
  const byValue = memoOf(id);
  return byValue.get(bucket) ?? remember(byValue, bucket, formatter(id, (l) => new Intl.NumberFormat(l, options)).format(n));
}

/** 950, 40.6K, 1.2M (or "4,1 Mio.", "4.1万"): a count as the reader's language shortens it. */
export function fastCompact(n: number): string {
  if (n < 1000) return Math.round(n) < 1000 ? String(Math.round(n)) : fastCompact(1000);
  const step = n >= 1e6 ? 1e5 : 100;
  const rounded = Math.round(n / step) * step;
  return cachedNumber('compact', { notation: 'compact', maximumFractionDigits: 1 }, rounded, rounded);
}

/** A rate as a percentage: one decimal below 10% ("6.3%"), whole above ("97%"), in the reader's notation. */
export function fastPercent(x: number): string {
  if (x < 0.1) {
    const tenths = Math.round(x * 1000);
    return cachedNumber('pct1', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }, tenths, tenths / 1000);
  }
  const whole = Math.round(x * 100);
  return cachedNumber('pct0', { style: 'percent', maximumFractionDigits: 0 }, whole, whole / 100);
}

/** A rate as a whole percentage ("40%", "40 %"). */
export function fastPercentWhole(x: number): string {
  const whole = Math.round(x * 100);
  return cachedNumber('pct0', { style: 'percent', maximumFractionDigits: 0 }, whole, whole / 100);
}

/** A number with one decimal ("1.4", "1,4"). */
export function fastDecimal(x: number): string {
  const tenths = Math.round(x * 10);
  return cachedNumber('dec1', { minimumFractionDigits: 1, maximumFractionDigits: 1 }, tenths, tenths / 10);
}

/** "today", "yesterday", "3 days ago" in the reader's language. */
export function fastDaysAgo(days: number): string {
  const d = Math.floor(days);
  const byValue = memoOf('daysAgo');
  return byValue.get(d) ?? remember(byValue, d, formatter('daysAgo', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' })).format(-d, 'day'));
}

/** Items as the reader's language lists them: "a and b" (`and`) or "a, b, c" (`plain`). */
export function fastList(items: readonly string[], kind: 'and' | 'plain'): string {
  fresh();
  return formatter(`list-${kind}`, (l) => new Intl.ListFormat(l, kind === 'and' ? { type: 'conjunction' } : { type: 'unit', style: 'short' })).format(items);
}
