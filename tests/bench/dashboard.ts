import { startHarness } from '../e2e/harness';
import { median, report } from './report';
import { timesUntil } from './ready-timing';

/** The dashboard's first view (funnel and follow-ups) with 50,000 creators and 200,000 outreach events. */
export async function benchDashboard(): Promise<void> {
  const h = await startHarness();
  try {
    const page = await h.openExtensionPage('dashboard.html');
    await page.waitForSelector('[data-scout="funnel"]');
    await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const stages = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined', 'not_a_fit'];
      const channels = ['tiktok_dm', 'email', 'seller_center_invite'];
      const base = Date.parse('2026-06-01T00:00:00Z');
      const put = (stores: string[], fill: (tx: IDBTransaction) => void) =>
        new Promise((res, rej) => {
          const tx = db.transaction(stores, 'readwrite');
          fill(tx);
          tx.oncomplete = res;
          tx.onerror = () => rej(tx.error);
        });
      for (let chunk = 0; chunk < 5; chunk++) {
        await put(['pipeline', 'creators'], (tx) => {
          for (let i = chunk * 10_000; i < (chunk + 1) * 10_000; i++) {
            const handle = `creator_${i}`;
            const at = new Date(base + i * 60_000).toISOString();
            tx.objectStore('creators').put({ handle, nickname: `Creator ${i}`, bio: '', verified: false, followers: 1000 + ((i * 7919) % 900_000), seenAt: at });
            tx.objectStore('pipeline').put({ handle, stage: stages[i % stages.length], owner: i % 3 ? 'alex' : 'sam', tags: [], notes: '', products: [], addedAt: at, updatedAt: at, ...(i % 50 === 0 ? { nextFollowUpAt: at } : {}) });
          }
        });
      }
      for (let chunk = 0; chunk < 10; chunk++) {
        await put(['outreach'], (tx) => {
          for (let i = chunk * 20_000; i < (chunk + 1) * 20_000; i++) {
            const c = i % 50_000;
            tx.objectStore('outreach').put({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, handle: `creator_${c}`, at: new Date(base + i * 30_000).toISOString(), channel: channels[i % 3], direction: i % 4 === 3 ? 'in' : 'out', note: '', author: c % 3 ? 'alex' : 'sam' });
          }
        });
      }
      db.close();
    });
    const times = await timesUntil(h.context, page, '[data-scout="stage-count"]', 4);
    report('dashboard.render_ms', median(times), 'ms', 1000);
  } finally {
    await h.close();
  }
}
