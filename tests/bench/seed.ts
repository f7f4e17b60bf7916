import type { Page } from 'playwright-core';

export const STAGES = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined', 'not_a_fit'];

export interface SeedChunk {
  from: number;
  to: number;
  /** Outreach events per creator. */
  events: number;
  stages: string[];
}

/**
 * Runs inside an extension page (self-contained: Playwright sends only its source). Writes creators
 * [from, to) with their pipeline entries and outreach events through plain IndexedDB, as the extension
 * stores them, in transactions of 5,000 creators so no single one holds the database for long. The
 * kept stage counts (storage/kept-counts.ts) are written as the app's middleware writes them: in the
 * same transaction, each entry's previous row read before it is replaced, counted afresh from the stage
 * index where the row is missing.
 */
export async function seedChunk({ from, to, events, stages }: SeedChunk): Promise<void> {
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('creator-scout');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const channels = ['tiktok_dm', 'email', 'seller_center_invite'];
  const base = Date.parse('2026-01-01T00:00:00Z');
  try {
    const keep = db.objectStoreNames.contains('keptCounts');
    const read = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
    for (let start = from; start < to; start += 5000) {
      const tx = db.transaction(['pipeline', 'creators', 'outreach', ...(keep ? ['keptCounts'] : [])], 'readwrite');
      const creators = tx.objectStore('creators');
      const pipeline = tx.objectStore('pipeline');
      const outreach = tx.objectStore('outreach');
      let tally: Record<string, number> | undefined;
      if (keep) {
        const row = await read(tx.objectStore('keptCounts').get('pipeline.stage'));
        const t: Record<string, number> = row ? { ...row.counts } : {};
        if (!row) for (const s of stages) t[s] = await read(pipeline.index('stage').count(s));
        tally = t;
      }
      for (let i = start; i < Math.min(to, start + 5000); i++) {
        const handle = `creator_${i}`;
        const at = new Date(base + i * 60_000).toISOString();
        const followers = 1000 + ((i * 7919) % 900_000);
        creators.put({ handle, nickname: `Creator ${i}`, bio: 'skincare and serums', verified: false, followers, seenAt: at });
        const stage = stages[i % stages.length]!;
        if (tally) {
          const t = tally;
          const old = pipeline.get(handle);
          old.onsuccess = () => {
            if (old.result) t[old.result.stage] = (t[old.result.stage] ?? 0) - 1;
            t[stage] = (t[stage] ?? 0) + 1;
          };
        }
        pipeline.put({
          handle,
          stage,
          owner: i % 3 ? 'alex' : 'sam',
          tags: i % 5 ? [] : ['q4'],
          notes: i % 7 ? '' : 'sent rate card',
          products: [],
          score: i % 101,
          tier: followers >= 500_000 ? 'macro' : followers >= 100_000 ? 'mid' : followers >= 10_000 ? 'micro' : 'nano',
          addedAt: at,
          updatedAt: at,
          ...(i % 50 === 0 ? { nextFollowUpAt: at } : {}),
        });
        for (let e = 0; e < events; e++) {
          const n = i * events + e;
          outreach.put({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, handle, at: new Date(base + i * 60_000 + e * 86_400_000).toISOString(), channel: channels[n % 3], direction: e === 3 ? 'in' : 'out', note: '', author: i % 3 ? 'alex' : 'sam' });
        }
      }
      if (tally) {
        // Placed after every read above, so its callback runs after theirs (a transaction's requests
        // complete in order): the row carries every entry of this chunk.
        const t = tally;
        pipeline.count().onsuccess = () => tx.objectStore('keptCounts').put({ key: 'pipeline.stage', counts: Object.fromEntries(Object.entries(t).filter(([, n]) => n !== 0)) });
      }
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
    }
  } finally {
    db.close();
  }
}

/** Runs inside an extension page: `lists` shortlists of `size` creators each, out of the first `of`. */
export async function seedLists({ lists, size, of }: { lists: number; size: number; of: number }): Promise<void> {
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('creator-scout');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  try {
    const tx = db.transaction(['lists', 'listMembers'], 'readwrite');
    const at = '2026-11-01T00:00:00.000Z';
    for (let l = 0; l < lists; l++) {
      const id = `list-${l}`;
      tx.objectStore('lists').put({ id, name: `Brand ${l} shortlist`, createdAt: at, updatedAt: at });
      for (let m = 0; m < size; m++) tx.objectStore('listMembers').put({ listId: id, handle: `creator_${(l * 7919 + m * 104_729) % of}`, addedAt: at });
    }
    await new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Runs inside an extension page: the kept stage counts against the stage index counted afresh, so a
 * figure is never measured on counts the seed got wrong. Returns the differences (none: empty).
 */
export async function keptCountsDrift(stages: string[]): Promise<string[]> {
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('creator-scout');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  try {
    const tx = db.transaction(['pipeline', 'keptCounts'], 'readonly');
    const read = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
    const row = await read(tx.objectStore('keptCounts').get('pipeline.stage'));
    const drift: string[] = [];
    for (const s of stages) {
      const n = await read(tx.objectStore('pipeline').index('stage').count(s));
      if ((row?.counts[s] ?? 0) !== n) drift.push(`${s}: kept ${row?.counts[s]}, counted ${n}`);
    }
    return drift;
  } finally {
    db.close();
  }
}

/** Grow the extension's database to `to` creators (from `from`), with `events` outreach events each. */
export async function seed(page: Page, from: number, to: number, events: number): Promise<void> {
  // Chunks of 20k per evaluate keep each call well inside Playwright's timeouts on a loaded machine.
  for (let f = from; f < to; f += 20_000) await page.evaluate(seedChunk, { from: f, to: Math.min(to, f + 20_000), events, stages: STAGES });
  const drift = await page.evaluate(keptCountsDrift, STAGES);
  if (drift.length) throw new Error(`the seeded kept counts disagree with the pipeline: ${drift.join('; ')}`);
}
