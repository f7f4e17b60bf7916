import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import type { Messages } from '../../lib/i18n/t';

/** The folder of UI text, one YAML file per language (the extension's `_locales/` is built from it). */
export const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');
export const LOCALES = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''));

/** One language's messages, keyed as the browser keys them ("popup_empty_title"). */
export async function catalog(locale: string): Promise<Map<string, string>> {
  const parsed = await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`));
  const out = new Map<string, string>();
  for (const m of parsed) {
    if (m.key[0]?.startsWith('@@')) continue;
    if (m.type === 'plural') continue;
    out.set(m.key.join('_'), m.message);
  }
  return out;
}

/** What `chrome.i18n` would answer for `locale`: what the Node suites install in place of a browser. */
export async function messagesFor(locale: string, uiLanguage = locale.replace('_', '-')): Promise<Messages> {
  const text = await catalog(locale);
  return { getMessage: (key) => text.get(key) ?? '', getUILanguage: () => uiLanguage };
}
