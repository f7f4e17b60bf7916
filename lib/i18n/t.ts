import type { GeneratedI18nStructure } from '#i18n';

/** A message id as written in locales/en.yml, dotted ("popup.empty.title"). */
export type MessageKey = keyof GeneratedI18nStructure;
/** A message with `.one` and `.other` forms, for tn(). */
export type PluralKey = { [K in MessageKey]: K extends `${infer P}.one` ? P : never }[MessageKey];
/** Named values for a message's `{name}` slots. Numbers are formatted for the reader's language. */
export type MessageValues = Record<string, string | number>;

export interface Messages {
  /** The message text for a Chrome-format key ("popup_empty_title"), or "" when there is none. */
  getMessage(key: string): string;
  /** The reader's language as a BCP 47 tag ("pt-BR"). */
  getUILanguage(): string;
}

// The browser's i18n when this runs in the extension (every page, panel, worker and content script has
// it, synchronously); Node tests and benches install the English catalogue with setMessages. Pure modules
// (scoring, reports, CSV) call t() and stay testable without a browser.
const fromBrowser = (): Messages | undefined => {
  const api = (globalThis as { chrome?: { i18n?: Messages } }).chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : undefined;
};

let messages: Messages | undefined;
let numberFormat: Intl.NumberFormat | undefined;
let generation = 0;

export function setMessages(m: Messages | undefined): void {
  messages = m;
  numberFormat = undefined;
  generation++;
}

/** Changes whenever setMessages switches the catalogue: hot paths (lib/i18n/compiled.ts) key their caches on it. */
export const messagesGeneration = (): number => generation;

function source(): Messages | undefined {
  return (messages ??= fromBrowser());
}

/** The reader's language, for Intl: the browser's UI language, English where there is none. */
export function uiLocale(): string {
  try {
    return source()?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

const SLOT = /\{([A-Za-z0-9_]+)\}/g;

/**
 * The message in the reader's language with its `{name}` slots filled. A key with no message shows as
 * the key itself: visible in review and in tests, never a blank button.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const text = source()?.getMessage(key.replaceAll('.', '_')) || key;
  if (!values) return text;
  numberFormat ??= new Intl.NumberFormat(uiLocale());
  return text.replace(SLOT, (slot, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) return slot;
    const v = values[name]!;
    return typeof v === 'number' ? numberFormat!.format(v) : v;
  });
}

/**
 * A count in words: `key.one` or `key.other` by the reader's language's plural rules (Intl.PluralRules),
 * with `{count}` filled. Languages without a singular form (Japanese, Indonesian, Vietnamese) repeat the text.
 */
export function tn(key: PluralKey, count: number, values?: MessageValues): string {
  const form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { ...values, count });
}

/**
 * A label map read in the reader's language each time it is used: `LABEL[stage]` keeps working at every
 * call site while the text comes from `prefix.<key>` in the locale files.
 */
export function labels<K extends string>(keys: readonly K[], prefix: string): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const k of keys) Object.defineProperty(out, k, { enumerable: true, get: () => t(`${prefix}.${k}` as MessageKey) });
  return out;
}
