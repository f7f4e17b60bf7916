import { toRow, type PipelineRow } from '../lib/pipeline/row';
import type { PipelineEntry } from '../lib/model/pipeline';
import type { CreatorRecord } from '../lib/model/creator';
import type { ListMember } from '../lib/model/collections';

// Where popup-rows.js leaves its read for the popup's entry: a global is the only hand-off between a
// classic script and a module.
const PREFETCHED = '__creatorScoutFirstRows';
type Prefetch = Promise<PipelineRow[] | undefined>;

/** Start reading the first rows now (popup-rows.js); a failure shows nothing and leaves it to the app. */
export function prefetchFirstRows(idb: IDBFactory, name: string): void {
  (globalThis as Record<string, unknown>)[PREFETCHED] = readFirstRows(idb, name).catch(() => undefined);
}

/** The read prefetchFirstRows started, or a new one if the head script did not run. */
export function prefetchedFirstRows(idb: IDBFactory, name: string): Prefetch {
  const started = (globalThis as Record<string, unknown>)[PREFETCHED] as Prefetch | undefined;
  return started ?? readFirstRows(idb, name).catch(() => undefined);
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/**
 * The popup's first screen: the `limit` most recently updated pipeline entries, joined with their
 * creators and shortlists. Plain IndexedDB, not Dexie, so the popup's entry module can ask for it before
 * React and Dexie have loaded (DESIGN §9: never wait on the whole table for the first paint). It opens
 * the database at whatever version it has and never creates or upgrades it: that stays Dexie's job.
 */
export async function readFirstRows(idb: IDBFactory, name: string, limit = 30): Promise<PipelineRow[]> {
  const open = idb.open(name);
  // No database yet: abort the creation (Dexie will create it at its own version) and show nothing.
  open.onupgradeneeded = () => open.transaction?.abort();
  let db: IDBDatabase;
  try {
    db = await request(open);
  } catch {
    return [];
  }
  try {
    const stores = ['pipeline', 'creators', 'listMembers', 'outreach'];
    if (!stores.every((s) => db.objectStoreNames.contains(s))) return [];
    const tx = db.transaction(stores, 'readonly');
    const entries: PipelineEntry[] = [];
    const cursor = tx.objectStore('pipeline').index('updatedAt').openCursor(null, 'prev');
    await new Promise<void>((resolve, reject) => {
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve();
        entries.push(c.value as PipelineEntry);
        if (entries.length < limit) c.continue();
        else resolve();
      };
    });
    const creators = tx.objectStore('creators');
    const members = tx.objectStore('listMembers').index('handle');
    // Every request is issued at once; IndexedDB answers them in order within the transaction.
    const events = tx.objectStore('outreach').index('handle');
    const [found, lists, counts] = await Promise.all([
      Promise.all(entries.map((e) => request(creators.get(e.handle) as IDBRequest<CreatorRecord | undefined>))),
      Promise.all(entries.map((e) => request(members.getAll(e.handle) as IDBRequest<ListMember[]>))),
      Promise.all(entries.map((e) => request(events.count(e.handle)))),
    ]);
    return entries.map((e, i) => toRow(e, found[i], lists[i]!.map((m) => m.listId), counts[i]));
  } finally {
    db.close();
  }
}
