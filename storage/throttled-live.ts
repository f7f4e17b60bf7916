import Dexie, { type ObservabilitySet } from 'dexie';

/**
 * Run `load` now and again whenever `tables` of `db` change (in this context or another: Dexie broadcasts
 * its mutations), but never two at once, and after a load that took t ms not again for t ms (at least
 * `minGapMs`): a small pipeline follows every edit at once, a 100k one re-reads a few times during a sync. A liveQuery over 100k rows re-ran its whole read after every pulled
 * page of a big sync, and each re-read held the database the sync was writing to (DESIGN §9).
 * Returns the unsubscribe function.
 */
export function throttledLive<T>(db: Dexie, tables: string[], load: () => Promise<T>, next: (value: T) => void, minGapMs = 0): () => void {
  const parts = tables.map((t) => `idb://${db.name}/${t}/`);
  let stopped = false;
  let running = false;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gap = minGapMs;
  let lastEnd = -Infinity;

  const run = async () => {
    timer = undefined;
    if (stopped) return;
    running = true;
    dirty = false;
    const t = performance.now();
    try {
      const value = await load();
      if (!stopped) next(value);
    } catch {
      // A failed read leaves the last rows on screen; the next change tries again.
    } finally {
      running = false;
      lastEnd = performance.now();
      gap = Math.max(minGapMs, lastEnd - t);
      if (dirty) schedule();
    }
  };
  const schedule = () => {
    if (stopped || running || timer) {
      dirty = true;
      return;
    }
    timer = setTimeout(run, Math.max(0, lastEnd + gap - performance.now()));
  };
  const onChange = (set: ObservabilitySet) => {
    if (Object.keys(set).some((k) => parts.some((p) => k.startsWith(p)))) schedule();
  };
  Dexie.on('storagemutated', onChange);
  void run();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
