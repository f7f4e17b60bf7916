import { startBenchBrowser } from './ext';
import { seed, seedLists } from './seed';
import { popupRender, popupSearch } from './popup';
import { dashboardRender } from './dashboard';
import { report } from './report';

/**
 * The extension pages on one growing database (real Chromium, the built extension): 10k creators for the
 * popup's 10k figures, 50k with 200k outreach events for the dashboard's, then 100k with 400k events and
 * 2,000 shortlists for the agency-scale figures. Growing one database keeps the seeding to one pass.
 */
export async function benchPages(): Promise<void> {
  const b = await startBenchBrowser();
  try {
    const page = await b.context.newPage();
    await page.goto(b.url('popup.html'));
    // The popup's Dexie has created the database at its current version.
    await page.waitForSelector('[data-scout="empty"]');
    await seed(page, 0, 10_000, 4);
    await popupRender(b, 'popup.render10k_ms');
    await popupSearch(b, 'popup.search_ms', 10_000);

    await seed(page, 10_000, 50_000, 4);
    await dashboardRender(b, 'dashboard.render_ms');

    await seed(page, 50_000, 100_000, 4);
    await page.evaluate(seedLists, { lists: 2000, size: 25, of: 100_000 });
    await popupRender(b, 'popup.render100k_ms');
    await popupSearch(b, 'popup.search100k_ms', 100_000);
    await dashboardRender(b, 'dashboard.render100k_ms');

    const bytes = await page.evaluate(storageBytes, 100_000);
    report('storage.bytes_per_creator', bytes.stored, 'B', null, bytes.json);
  } finally {
    await b.close();
  }
}

/**
 * Runs in an extension page: what the origin stores per creator (with its pipeline entry, outreach and
 * shortlist places), against the plain JSON of the same records for a sample of 1,000 creators.
 */
async function storageBytes(creators: number): Promise<{ stored: number; json: number }> {
  const { usage = 0 } = await navigator.storage.estimate();
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('creator-scout');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const tx = db.transaction(['creators', 'pipeline', 'outreach', 'listMembers'], 'readonly');
  const read = (r: IDBRequest) => new Promise<unknown>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
  let json = 0;
  const sample = 1000;
  for (let i = 0; i < sample; i++) {
    const h = `creator_${i * Math.floor(creators / sample)}`;
    const parts = await Promise.all([
      read(tx.objectStore('creators').get(h)),
      read(tx.objectStore('pipeline').get(h)),
      read(tx.objectStore('outreach').index('handle').getAll(h)),
      read(tx.objectStore('listMembers').index('handle').getAll(h)),
    ]);
    json += JSON.stringify(parts).length;
  }
  db.close();
  return { stored: usage / creators, json: json / sample };
}
