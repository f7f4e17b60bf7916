import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../server/store/sqlite';
import { startServer } from '../../server/serve';
import { createTeamWithOwner } from '../../server/auth';
import { syncClient } from '../../lib/sync/http';
import { SYNC_LIMITS } from '../../lib/sync/limits';
import { startBenchBrowser } from './ext';
import { fetchImpl, pipelineMutations } from './sync';
import { median, report } from './report';

const TOTAL = Number(process.env.BENCH_PULL_ROWS ?? 100_000);
/** Progress on stderr (the JSON lines stay alone on stdout): this figure takes a minute or more. */
const progress = (what: string) => process.stderr.write(`[pull ${new Date().toISOString().slice(11, 19)}] ${what}\n`);

/**
 * A fresh browser joining a team whose server holds 100,000 pipeline rows: the extension's own sync (the
 * background, asked by an extension page) pulls them all into IndexedDB, while the popup is opened again
 * and again; against the same pages fetched by a bare page and written with plain puts, before and after.
 */
export async function benchSyncPull(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scout-bench-pull-'));
  const store = createSqliteStore(join(dir, 'pull.sqlite'));
  const server = await startServer(store, 0, { rateLimit: 1_000_000 });
  const b = await startBenchBrowser();
  try {
    const { token } = await createTeamWithOwner(store, 'pull');
    const api = syncClient(server.url, token, fetchImpl);
    const mutations = pipelineMutations(TOTAL, 'teammate');
    // In pushes the server accepts (at most mutationsPerPush each; 2,000 got a 400 once the limit came in).
    const per = SYNC_LIMITS.mutationsPerPush;
    for (let i = 0; i < mutations.length; i += per) await api.push({ clientId: 'teammate', mutations: mutations.slice(i, i + per) });

    progress(`server holds ${TOTAL} rows`);
    const page = await b.context.newPage();
    await page.goto(b.url('popup.html'));
    await page.waitForSelector('[data-scout="empty"]');
    const plain = () => page.evaluate(plainPull, { url: server.url, token, total: TOTAL });
    const before = await plain();
    progress(`plain pull ${Math.round(before)} ms`);

    await page.evaluate(joinTeam, { url: server.url, token });
    // Asked from a page without live queries (as Options is), so the figure is the pull's own; the popup
    // is opened and closed alongside, and keeps itself live throttled (storage/throttled-live.ts).
    await page.goto(b.url('bare-rows.html'));
    const pulling = page.evaluate(syncNow);
    let done = false;
    void pulling.finally(() => (done = true)).catch(() => {});
    // The popup while the pull writes: its first screen, and the bare page's, alternately.
    const probe = await b.context.newPage();
    const popup: number[] = [];
    const bare: number[] = [];
    await probe.waitForTimeout(2000);
    for (let i = 0; !done && i < 40; i++) {
      popup.push(await b.loadTime(probe, 'popup.html'));
      bare.push(await b.loadTime(probe, 'bare-rows.html'));
    }
    const { ms, error } = await pulling;
    progress(`extension pull ${Math.round(ms)} ms, ${popup.length} popup probes`);
    if (error) throw new Error(`sync failed: ${error}`);
    const stored = await page.evaluate(pipelineCount);
    if (stored !== TOTAL) throw new Error(`pulled ${stored} pipeline rows, expected ${TOTAL}`);
    const after = await plain();
    report(TOTAL === 100_000 ? 'sync.pull100k_ms' : `sync.pull${TOTAL}_ms`, ms, 'ms', 20_000, median([before, after]));
    if (popup.length) report('sync.pull100k_popup_ms', median(popup), 'ms', 200, median(bare));
  } finally {
    await b.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In an extension page: fetch every pull page and put its rows into a scratch database, plainly. */
async function plainPull({ url, token, total }: { url: string; token: string; total: number }): Promise<number> {
  await new Promise((res) => (indexedDB.deleteDatabase('bare-pull').onsuccess = res));
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('bare-pull', 1);
    // The pipeline store's own indexes (storage/schema.ts), so the floor does the same storage work.
    r.onupgradeneeded = () => {
      const rows = r.result.createObjectStore('rows', { keyPath: 'handle' });
      for (const i of ['stage', 'owner', 'nextFollowUpAt', 'updatedAt', 'tier']) rows.createIndex(i, i);
      for (const i of ['tags', 'products']) rows.createIndex(i, i, { multiEntry: true });
      rows.createIndex('[stage+updatedAt]', ['stage', 'updatedAt']);
    };
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const t = performance.now();
  let cursor = 0;
  let n = 0;
  for (;;) {
    const res = await fetch(`${url}/v1/sync/pull?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await res.json()) as { changes: { fields: unknown }[]; cursor: number; hasMore: boolean };
    const tx = db.transaction('rows', 'readwrite');
    for (const c of page.changes) tx.objectStore('rows').put(c.fields);
    await new Promise((res, rej) => ((tx.oncomplete = res), (tx.onerror = () => rej(tx.error))));
    n += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const ms = performance.now() - t;
  db.close();
  if (n !== total) throw new Error(`plain pull read ${n} rows`);
  return ms;
}

/** In an extension page: the team's server and token, as Options saves them. */
async function joinTeam(config: { url: string; token: string }): Promise<void> {
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('creator-scout');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const tx = db.transaction('settings', 'readwrite');
  tx.objectStore('settings').put({ key: 'sync.config', value: config });
  await new Promise((res, rej) => ((tx.oncomplete = res), (tx.onerror = () => rej(tx.error))));
  db.close();
}

/** In an extension page: ask the background to sync now and time it until it answers. */
async function syncNow(): Promise<{ ms: number; error?: string }> {
  const t = performance.now();
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
  const reply = (await runtime.sendMessage({ type: 'sync.now', payload: {} })) as { ok: boolean; data?: { lastError?: string }; error?: { message: string } };
  const ms = performance.now() - t;
  return { ms, error: reply.ok ? reply.data?.lastError : reply.error?.message };
}

async function pipelineCount(): Promise<number> {
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('creator-scout');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const n = await new Promise<number>((res, rej) => {
    const r = db.transaction('pipeline').objectStore('pipeline').count();
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  db.close();
  return n;
}
