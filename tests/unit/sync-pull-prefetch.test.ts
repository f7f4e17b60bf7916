import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../storage/sync-engine';
import { settingsRepo } from '../../storage/settings';
import { syncClient, type Fetch } from '../../lib/sync/http';
import { startTestServer, SQLITE, uuid, type TestServer } from './sync-helpers';
import { clientDatabases, realFetch } from './sync-clients';

// The client fetches the next pull page while it writes the current one (storage/sync-engine.ts).
// Pages must still land in order, each with its own cursor, and a failure part way must leave the
// stored cursor at the last page written, so the next sync resumes there and loses nothing.

const newDb = clientDatabases();
const ROWS = 2500; // three pages of 1,000

describe('pull with the next page prefetched', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer(SQLITE);
    token = (await s.team()).token;
    const api = syncClient(s.url, token, realFetch);
    const now = Date.now();
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      id: uuid(),
      table: 'pipeline' as const,
      key: `c${i}`,
      op: 'put' as const,
      fields: { handle: `c${i}`, stage: 'prospect', addedAt: 'a', updatedAt: 'u', tags: [], products: [] },
      hlc: `${String(now).padStart(15, '0')}:${String(i).padStart(5, '0')}:seed`,
    }));
    for (let i = 0; i < rows.length; i += 500) await api.push({ clientId: 'seed', mutations: rows.slice(i, i + 500) });
  });
  afterAll(async () => s?.close());

  it('a page that fails after the one before was fetched ahead: the cursor stays at the last page written, and the next sync finishes', async () => {
    const db = newDb();
    const cfg = { url: s.url, token };
    let pulls = 0;
    // The third pull page fails; the second was already being written when it was asked for.
    const flaky: Fetch = async (url, init) => {
      if (url.includes('/v1/sync/pull') && ++pulls === 3) return { ok: false, status: 503, json: async () => ({ error: 'try later' }) };
      return realFetch(url, init);
    };
    await expect(syncOnce(db, cfg, flaky)).rejects.toThrow(/503/);
    const cursor = await settingsRepo.get(db, 'sync.cursor', 0);
    expect(cursor).toBe(2000);
    expect(await db.pipeline.count()).toBe(2000);
    expect(await db.pipeline.get('c1999')).toBeDefined();
    expect(await db.pipeline.get('c2000')).toBeUndefined();

    const r = await syncOnce(db, cfg, realFetch);
    expect(r.pulled).toBe(ROWS - 2000);
    expect(await db.pipeline.count()).toBe(ROWS);
    expect(await settingsRepo.get(db, 'sync.cursor', 0)).toBe(ROWS);
  });
});
