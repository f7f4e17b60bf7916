import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { PageExtract } from '../../lib/model/page';
import { loadDoc, loadExpect } from './load-fixture';
import { prng as rng } from './prng';


const WEIRD: unknown[] = [null, '', 'NaN', -1, 1e308, '1.2.3M', {}, [], true, '<b>x</b>', '9'.repeat(400), { a: { b: [] } }];

function mutateJson(value: unknown, r: () => number): unknown {
  if (Array.isArray(value)) {
    if (value.length && r() < 0.3) value.splice(Math.floor(r() * value.length), 1);
    else if (value.length) value[Math.floor(r() * value.length)] = mutateJson(value[Math.floor(r() * value.length)], r);
    return value;
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (!keys.length) return value;
    const k = keys[Math.floor(r() * keys.length)]!;
    const roll = r();
    if (roll < 0.25) delete obj[k];
    else if (roll < 0.5) obj[k] = WEIRD[Math.floor(r() * WEIRD.length)];
    else obj[k] = mutateJson(obj[k], r);
    return obj;
  }
  return r() < 0.5 ? WEIRD[Math.floor(r() * WEIRD.length)] : value;
}

function mutate(doc: Document, r: () => number): void {
  const all = doc.querySelectorAll('*');
  const el = all[Math.floor(r() * all.length)];
  if (!el || el === doc.documentElement) return;
  const roll = r();
  if (el.tagName === 'SCRIPT' && roll < 0.6) {
    const text = el.textContent ?? '';
    try {
      el.textContent = r() < 0.3 ? text.slice(0, Math.floor(r() * text.length)) : JSON.stringify(mutateJson(JSON.parse(text), r));
    } catch {
      el.textContent = text.slice(0, Math.floor(r() * text.length));
    }
  } else if (roll < 0.3) el.remove();
  else if (roll < 0.5) el.textContent = String(WEIRD[Math.floor(r() * WEIRD.length)]);
  else if (roll < 0.7) {
    // Shuffle attributes between elements: a data-e2e moves to a node it never labelled.
    const other = all[Math.floor(r() * all.length)];
    const attr = el.attributes[Math.floor(r() * el.attributes.length)];
    if (other && attr) {
      other.setAttribute(attr.name, attr.value);
      el.removeAttribute(attr.name);
    }
  } else if (roll < 0.85) el.parentElement?.insertBefore(el.cloneNode(true), el);
  else el.setAttribute('href', String(WEIRD[Math.floor(r() * WEIRD.length)]));
}

describe('extractPage under mutation', () => {
  const ROUNDS = 25;
  const STEPS = 20;
  for (const name of ['profile-en', 'video-en', 'product-en', 'marketplace-en']) {
    it(`${name}: ${ROUNDS * STEPS} mutated pages, no exception, always a valid PageExtract`, { timeout: 60_000 }, () => {
      const { url } = loadExpect(name);
      const r = rng(name.length * 7919);
      for (let round = 0; round < ROUNDS; round++) {
        const doc = loadDoc(`${name}.html`);
        for (let step = 0; step < STEPS; step++) {
          mutate(doc, r);
          const out = extractPage(doc, url);
          const valid = PageExtract.safeParse(out);
          if (!valid.success) throw new Error(`round ${round} step ${step}: ${valid.error.message}`);
          expect(out.kind === 'unknown' ? typeof out.reason : 'ok').toMatch(/ok|string/);
        }
      }
    });
  }
});
