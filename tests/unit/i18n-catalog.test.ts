import { describe, expect, it } from 'vitest';
import { catalog, LOCALES } from '../setup/i18n-catalog';

const REQUIRED = ['en', 'es', 'de', 'fr', 'id', 'pt_BR', 'ja', 'vi'];
const slots = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('include every language recruiters work in', () => {
    expect([...LOCALES].sort()).toEqual([...REQUIRED].sort());
  });

  it.each(REQUIRED.filter((l) => l !== 'en'))('%s has every English key, no other, each with the same slots', async (locale) => {
    const en = await catalog('en');
    const other = await catalog(locale);
    expect([...other.keys()].filter((k) => !en.has(k)), 'keys English does not have').toEqual([]);
    expect([...en.keys()].filter((k) => !other.has(k)), 'keys missing').toEqual([]);
    for (const [key, text] of en) expect(slots(other.get(key)!), `${locale}: ${key}`).toEqual(slots(text));
  });

  it.each(REQUIRED)('%s has no empty message and no bare "$" (the browser reads $1 and $name$ as placeholders)', async (locale) => {
    for (const [key, text] of await catalog(locale)) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      expect(text.replaceAll('$$', ''), `${locale}: ${key}`).not.toMatch(/\$/);
    }
  });
});
