import { startHarness } from '../e2e/harness';
import { toCsv } from '../../lib/csv';
import { median, report } from './report';
import { timesUntil } from './ready-timing';

const STAGES = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active'];

/** The popup in real Chromium with 10,000 creators: first render, and filtering per keystroke. */
export async function benchPopup(): Promise<void> {
  const h = await startHarness();
  try {
    const page = await h.openExtensionPage('popup.html');
    await page.waitForSelector('text=No creators yet');
    // Seed through IndexedDB directly, as 10k rows written by the extension would be stored.
    await page.evaluate(async (stages) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction(['pipeline', 'creators'], 'readwrite');
      const base = Date.parse('2026-11-01T00:00:00Z');
      for (let i = 0; i < 10_000; i++) {
        const handle = `creator_${i}`;
        const at = new Date(base + i * 60_000).toISOString();
        tx.objectStore('creators').put({ handle, nickname: `Creator ${i}`, bio: 'skincare and serums', verified: false, followers: 1000 + ((i * 7919) % 900_000), seenAt: at });
        tx.objectStore('pipeline').put({ handle, stage: stages[i % stages.length], owner: i % 3 ? 'alex' : 'sam', tags: i % 5 ? [] : ['q4'], notes: i % 7 ? '' : 'sent rate card', products: [], score: i % 101, tier: 'micro', addedAt: at, updatedAt: at });
      }
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    }, STAGES);

    const render = await timesUntil(h.context, page, '[data-scout="row"]', 11, 10_000);
    report('popup.render10k_ms', median(render), 'ms', 200);

    await page.waitForSelector('text=Pipeline (10000)', { timeout: 20_000 });
    const perKey = await page.evaluate(async () => {
      const input = document.querySelector('[data-scout="search"]') as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const out: number[] = [];
      let text = '';
      for (const ch of 'creator_123') {
        text += ch;
        const t = performance.now();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // React renders an input's update synchronously; the macrotask also lets any follow-up work run.
        await new Promise((r) => setTimeout(r, 0));
        out.push(performance.now() - t);
      }
      return out;
    });
    report('popup.search_ms', median(perKey), 'ms', 30);
  } finally {
    await h.close();
  }
}

/** CSV export of 50,000 pipeline rows (Node; the same code runs in the popup). */
export function benchCsv(): void {
  const rows = Array.from({ length: 50_000 }, (_, i) => ({
    handle: `creator_${i}`,
    nickname: i % 10 ? `Creator ${i}` : `=cmd|' /C calc'!A0`,
    followers: 1000 + i,
    tier: 'micro',
    score: i % 101,
    stage: STAGES[i % STAGES.length],
    owner: 'alex',
    tags: ['q4', 'beauty'],
    email: `c${i}@example.com`,
    nextFollowUpAt: '2026-11-30T09:00:00.000Z',
    notes: i % 3 ? '' : 'said "yes", follow up\nnext week',
    updatedAt: '2026-11-24T10:00:00.000Z',
  }));
  const columns = Object.keys(rows[0]!);
  const runs: number[] = [];
  for (let r = 0; r < 6; r++) {
    const t = performance.now();
    const csv = toCsv(rows, columns);
    runs.push(performance.now() - t);
    if (csv.length < 1_000_000) throw new Error('export too small');
  }
  report('csv.export50k_ms', median(runs.slice(1)), 'ms', 1000);
}
