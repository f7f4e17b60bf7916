import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipelineRepo } from '../../storage/pipeline';
import { outreachRepo } from '../../storage/outreach';
import { outboxRepo, recordMutations } from '../../storage/outbox';
import { applyChanges } from '../../storage/sync-apply';
import { syncClient } from '../../lib/sync/http';
import { settingsRepo } from '../../storage/settings';
import { CONFIG_KEY, getSyncStatus, syncAndRecord, syncOnce, type SyncConfig } from '../../storage/sync-engine';
import { creatorState } from '../../storage/creator-state';
import type { Fetch } from '../../lib/sync/http';
import { sqliteAt, startTestServer, STORE_KINDS, type TestServer } from './sync-helpers';
import { realFetch, clientDatabases } from './sync-clients';

const T = (min: number) => new Date(Date.UTC(2026, 10, 20, 9, min));
const client = clientDatabases();

describe.each(STORE_KINDS)('offline-first sync against the real server on $name', (kind) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(kind);
  });
  afterAll(async () => s?.close());

  async function team(): Promise<SyncConfig> {
    const t = await s.team();
    return { url: s.url, token: t.token };
  }

  it('two clients edit the same creator offline and converge, in either order', async () => {
    for (const order of ['a-first', 'b-first'] as const) {
      const cfg = await team();
      const [a, b] = [client(), client()];
      await pipelineRepo.add(a, 'mara', { owner: 'alex' }, T(0));
      await syncOnce(a, cfg, realFetch);
      await syncOnce(b, cfg, realFetch);
      // Both go offline and edit different and same fields.
      await pipelineRepo.update(a, 'mara', { stage: 'contacted', notes: 'from A' }, T(10));
      await pipelineRepo.update(b, 'mara', { stage: 'negotiating', tags: ['vip'] }, T(20));
      const [first, second] = order === 'a-first' ? [a, b] : [b, a];
      await syncOnce(first, cfg, realFetch);
      await syncOnce(second, cfg, realFetch);
      await syncOnce(first, cfg, realFetch);
      const ea = await pipelineRepo.get(a, 'mara');
      const eb = await pipelineRepo.get(b, 'mara');
      expect(ea).toEqual(eb);
      expect(ea).toMatchObject({ stage: 'negotiating', notes: 'from A', tags: ['vip'], owner: 'alex' });
      expect(await outboxRepo.count(a)).toBe(0);
    }
  });

  it('retries a push whose reply was lost and applies it once', async () => {
    const cfg = await team();
    const a = client();
    await outreachRepo.log(a, { handle: 'mara', channel: 'tiktok_dm', direction: 'out', author: 'alex' }, T(0));
    let lose = true;
    const lossy: Fetch = async (url, init) => {
      const res = await fetch(url, init);
      if (lose && url.includes('/push')) {
        lose = false;
        throw new Error('connection reset after the server answered');
      }
      return res;
    };
    // The request is repeated at once; the server had applied it, so the repeat is all duplicates.
    const r = await syncOnce(a, cfg, lossy);
    expect(r.pushed).toBe(0);
    expect(lose).toBe(false);
    expect(await outboxRepo.count(a)).toBe(0);
    const b = client();
    await syncOnce(b, cfg, realFetch);
    expect(await b.outreach.count()).toBe(1);
    expect(await b.pipeline.count()).toBe(1);
    expect((await b.stageChanges.toArray()).map((c) => c.to)).toEqual(['contacted']);
  });

  it('a client offline for a week catches up page by page, and its own edits survive the pull', { timeout: 30_000 }, async () => {
    const cfg = await team();
    const a = client();
    const rows = Array.from({ length: 2500 }, (_, i) => ({ handle: `c${i}`, stage: 'prospect' as const, tags: [], notes: '', products: [], addedAt: T(0).toISOString(), updatedAt: T(0).toISOString() }));
    // Written and queued in one transaction, as an import does; then pushed in batches.
    await a.transaction('rw', a.pipeline, a.outbox, a.settings, async () => {
      await a.pipeline.bulkPut(rows);
      await recordMutations(a, rows.map((r) => ({ table: 'pipeline' as const, key: r.handle, op: 'put' as const, fields: r })), T(1));
    });
    await syncOnce(a, cfg, realFetch);

    const b = client();
    await pipelineRepo.add(b, 'c7', {}, T(2));
    await pipelineRepo.update(b, 'c7', { notes: 'mine, not pushed yet' }, T(3));
    let pulls = 0;
    const counting: Fetch = (url, init) => {
      if (url.includes('/pull')) pulls++;
      return fetch(url, init);
    };
    // Pull only: B's outbox stays unpushed while it reads the week's changes.
    const api = syncClient(cfg.url, cfg.token, counting);
    let cursor = 0;
    for (;;) {
      const page = await api.pull(cursor, 1000);
      await applyChanges(b, page.changes, page.cursor);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pulls).toBe(3);
    expect(await b.pipeline.count()).toBe(2500);
    expect((await pipelineRepo.get(b, 'c7'))!.notes).toBe('mine, not pushed yet');
    await syncOnce(b, cfg, realFetch);
    await syncOnce(a, cfg, realFetch);
    expect((await pipelineRepo.get(a, 'c7'))!.notes).toBe('mine, not pushed yet');
  });

  it("shows a teammate's synced outreach as 'already contacted'", async () => {
    const cfg = await team();
    const [a, b] = [client(), client()];
    await outreachRepo.log(a, { handle: 'mara', channel: 'seller_center_invite', direction: 'out', author: 'sam' }, T(0));
    await syncOnce(a, cfg, realFetch);
    await syncOnce(b, cfg, realFetch);
    const state = await creatorState(b, 'mara', 'alex');
    expect(state.contactedByOthers).toEqual([{ author: 'sam', at: T(0).toISOString(), channel: 'seller_center_invite' }]);
  });
});

describe('when the server is down', () => {
  it('keeps everything, backs off with jitter, and delivers after a restart on the same data', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scout-restart-')), 'db.sqlite');
    const s = await startTestServer(sqliteAt(file));
    const t = await s.team();
    const a = client();
    await settingsRepo.put(a, CONFIG_KEY, { url: s.url, token: t.token });
    await pipelineRepo.add(a, 'mara', {}, T(0));
    // The server dies mid-push: the request is sent, the connection drops before any reply.
    const dying: Fetch = async (url, init) => {
      if (url.includes('/push')) {
        await s.stop();
        throw new Error('socket hang up');
      }
      return fetch(url, init);
    };
    const r1 = await syncAndRecord(a, dying, () => T(5), () => 0.5);
    expect(r1.failures).toBe(1);
    expect(r1.lastError).toMatch(/unreachable/);
    expect(r1.retryInMs).toBe(3750);
    const r2 = await syncAndRecord(a, realFetch, () => T(6), () => 1);
    expect(r2.failures).toBe(2);
    expect(r2.retryInMs).toBe(10_000);
    expect(await outboxRepo.count(a)).toBe(2);

    const again = await startTestServer(sqliteAt(file));
    try {
      await settingsRepo.put(a, CONFIG_KEY, { url: again.url, token: t.token });
      const ok = await syncAndRecord(a, realFetch, () => T(7));
      expect(ok).toMatchObject({ failures: 0, lastSyncAt: T(7).toISOString() });
      expect(await outboxRepo.count(a)).toBe(0);
      expect((await getSyncStatus(a)).lastError).toBeUndefined();
    } finally {
      await again.close();
    }
  });
});

describe('applying a pulled page', () => {
  const change = (seq: number, key: string, fields: Record<string, unknown>, deleted = false) => ({ seq, table: 'pipeline' as const, key, fields, deleted, hlc: `${String(1_795_000_000_000 + seq).padStart(15, '0')}:00000:mate` });
  const entry = (handle: string, notes: string) => ({ handle, stage: 'prospect', tags: [], notes, products: [], addedAt: T(0).toISOString(), updatedAt: T(0).toISOString() });

  it('writes a page of puts and deletes in bulk, with the cursor, and lays unpushed local edits on top', async () => {
    const db = client();
    await applyChanges(db, [change(1, 'c_3', entry('c_3', 'from a teammate'))], 1);
    await pipelineRepo.add(db, 'd_4', {}, T(0));
    await pipelineRepo.update(db, 'd_4', { notes: 'mine, not pushed yet' }, T(1));
    const page = [change(2, 'a_1', entry('a_1', 'first')), change(3, 'b_2', entry('b_2', 'kept')), change(4, 'c_3', {}, true), change(5, 'd_4', entry('d_4', 'theirs'))];
    expect(await applyChanges(db, page, 5)).toMatchObject({ applied: 4, rejected: 0 });
    expect((await pipelineRepo.get(db, 'a_1'))!.notes).toBe('first');
    expect((await pipelineRepo.get(db, 'b_2'))!.notes).toBe('kept');
    expect(await pipelineRepo.get(db, 'c_3')).toBeUndefined();
    expect((await pipelineRepo.get(db, 'd_4'))!.notes).toBe('mine, not pushed yet');
    expect(await settingsRepo.get(db, 'sync.cursor', 0)).toBe(5);
  });
});
