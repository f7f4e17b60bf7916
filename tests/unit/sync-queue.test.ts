import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineRepo } from '../../storage/pipeline';
import { outreachRepo } from '../../storage/outreach';
import { outboxRepo } from '../../storage/outbox';
import { putSynced } from '../../storage/synced-write';
import { listsRepo } from '../../storage/lists';
import { importCreators } from '../../storage/import';
import { creatorsRepo } from '../../storage/creators';
import { syncRejectedRepo } from '../../storage/sync-rejected';
import { settingsRepo } from '../../storage/settings';
import { CONFIG_KEY, getSyncStatus, syncAndRecord, syncOnce, type SyncConfig } from '../../storage/sync-engine';
import type { Fetch } from '../../lib/sync/http';
import { hlc, SQLITE, startTestServer, STORE_KINDS, uuid, type TestServer } from './sync-helpers';
import { realFetch, clientDatabases } from './sync-clients';

// Issue 14, on the client: each finding reproduced against a real server on loopback.

const client = clientDatabases();
const now = () => new Date();
const P = (handle: string, fields: Record<string, unknown> = {}) => ({ handle, stage: 'prospect', tags: [], notes: '', products: [], addedAt: 'a', updatedAt: 'u', ...fields });

/** Counts requests and the largest push body. */
function counting() {
  const seen = { pushes: 0, pulls: 0, largestPush: 0, statuses: [] as number[] };
  const f: Fetch = async (url, init) => {
    if (url.includes('/push')) {
      seen.pushes++;
      seen.largestPush = Math.max(seen.largestPush, Buffer.byteLength(init.body ?? ''));
    }
    if (url.includes('/pull')) seen.pulls++;
    const res = await fetch(url, init);
    seen.statuses.push(res.status);
    return res;
  };
  return { seen, f };
}

describe.each(STORE_KINDS)('sync queue on $name', (kind) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(kind);
  });
  afterAll(async () => s?.close());
  const team = async (): Promise<SyncConfig> => ({ url: s.url, token: (await s.team()).token });

  it('finding 1: a far-future stamp pulled from the team is not adopted; local stamps stay on the clock and the outbox drains', async () => {
    const t = await s.team();
    const cfg = { url: s.url, token: t.token };
    // A row written before the server refused future stamps (or by a hostile member via the store).
    await s.store.push(t.teamId, [{ id: uuid(), table: 'pipeline', key: 'mara', op: 'put', fields: P('mara'), hlc: '999999999999999:99999:evil' }]);
    const a = client();
    await syncOnce(a, cfg, realFetch);
    expect(await a.pipeline.get('mara')).toBeDefined();
    await pipelineRepo.add(a, 'kim', {}, now());
    const [entry] = await outboxRepo.pending(a);
    expect(Number(entry!.hlc.slice(0, 15))).toBeLessThan(Date.now() + 60_000);
    await syncOnce(a, cfg, realFetch);
    expect(await outboxRepo.count(a)).toBe(0);
  });

  it('finding 1: a client wedged by an overflowed counter (999999999999999:100000) is restamped and drains', async () => {
    const cfg = await team();
    const a = client();
    await pipelineRepo.add(a, 'mara', {}, now());
    await pipelineRepo.update(a, 'mara', { notes: 'stuck' }, now());
    const stuck = await outboxRepo.pending(a);
    await a.outbox.bulkPut(stuck.map((m, i) => ({ ...m, hlc: `999999999999999:${100_000 + i}:me` })));
    await settingsRepo.put(a, 'sync.lastHlc', '999999999999999:100001:me');
    await syncOnce(a, cfg, realFetch);
    expect(await outboxRepo.count(a)).toBe(0);
    expect(await syncRejectedRepo.count(a)).toBe(0);
    const b = client();
    await syncOnce(b, cfg, realFetch);
    expect((await b.pipeline.get('mara'))!.notes).toBe('stuck');
  });

  it('finding 2: an import of 600 creators with 2,500-character notes goes in byte-sized batches, never 413', { timeout: 60_000 }, async () => {
    const cfg = await team();
    const a = client();
    const rows = Array.from({ length: 600 }, (_, i) => ({ handle: `c${i}`, nickname: `C ${i}`, notes: `${i} `.padEnd(2500, 'n') }));
    await importCreators(a, rows, 'alex', now());
    const { seen, f } = counting();
    await syncOnce(a, cfg, f);
    expect(await outboxRepo.count(a)).toBe(0);
    expect(await syncRejectedRepo.count(a)).toBe(0);
    expect(seen.statuses).not.toContain(413);
    expect(seen.largestPush).toBeLessThanOrEqual(1024 * 1024);
    expect(seen.pushes).toBeGreaterThan(1);
    const b = client();
    await syncOnce(b, cfg, realFetch);
    expect(await b.pipeline.count()).toBe(600);
    // finding 8: the team sees the creators too.
    expect((await b.creators.get('c599'))!.nickname).toBe('C 599');
  });

  it('finding 2: a change no push can carry moves to the could-not-sync list naming the limit; the rest syncs and pulls continue', async () => {
    const cfg = await team();
    const [a, b] = [client(), client()];
    await pipelineRepo.add(b, 'from_b', {}, now());
    await syncOnce(b, cfg, realFetch);
    // An older version had no length limit on template bodies.
    await putSynced(a, 'templates', 't1', { id: 't1', name: 'Huge', body: 'x'.repeat(200_000), updatedAt: 'u' }, now());
    await pipelineRepo.add(a, 'mara', {}, now());
    await syncOnce(a, cfg, realFetch);
    expect(await outboxRepo.count(a)).toBe(0);
    const [r] = await syncRejectedRepo.list(a);
    expect(r).toMatchObject({ table: 'templates', key: 't1', reason: expect.stringMatching(/fields\.body: 196 KB, larger than the server's limit of 64 KB/) });
    expect(await a.pipeline.get('from_b')).toBeDefined();
    await syncOnce(b, cfg, realFetch);
    expect(await b.pipeline.get('mara')).toBeDefined();
    // Edit and retry: the local row takes the edit, and it syncs.
    expect(await syncRejectedRepo.retry(a, r!.seq!, { body: 'x'.repeat(70_000) }, now())).toMatch(/fields\.body: .*64 KB/);
    expect(await syncRejectedRepo.retry(a, r!.seq!, { body: 'Hi {{nickname}}' }, now())).toBeUndefined();
    expect((await a.templates.get('t1'))!.body).toBe('Hi {{nickname}}');
    await syncOnce(a, cfg, realFetch);
    await syncOnce(b, cfg, realFetch);
    expect((await b.templates.get('t1'))!.body).toBe('Hi {{nickname}}');
    expect(await syncRejectedRepo.count(a)).toBe(0);
  });

  it('finding 5: a NUL in a note is held back with a reason instead of stopping the outbox; discard restores the team view', async () => {
    const cfg = await team();
    const [a, b] = [client(), client()];
    await pipelineRepo.add(a, 'mara', {}, now());
    await syncOnce(a, cfg, realFetch);
    await pipelineRepo.update(a, 'mara', { notes: 'pasted\u0000from a CSV' }, now());
    await pipelineRepo.add(a, 'kim', {}, now());
    await syncOnce(a, cfg, realFetch);
    await syncOnce(b, cfg, realFetch);
    expect(await b.pipeline.get('kim')).toBeDefined();
    const [r] = await syncRejectedRepo.list(a);
    expect(r!.reason).toMatch(/fields\.notes: contains a NUL/);
    await syncRejectedRepo.discard(a, r!.seq!);
    await syncOnce(a, cfg, realFetch);
    expect((await a.pipeline.get('mara'))!.notes).toBe('');
    expect(await syncRejectedRepo.count(a)).toBe(0);
  });

  it('finding 4: a pulled change applies under its own table and key only; outreach stays append-only on clients', async () => {
    const t = await s.team();
    const cfg = { url: s.url, token: t.token };
    const a = client();
    const ev = await outreachRepo.log(a, { handle: 'mara', channel: 'tiktok_dm', direction: 'out', author: 'alex', note: 'first' }, now());
    await pipelineRepo.add(a, 'y', {}, now());
    await pipelineRepo.update(a, 'y', { notes: 'the real y' }, now());
    await syncOnce(a, cfg, realFetch);
    // Rows a hostile member stored before the server checked keys.
    const k2 = uuid();
    const bad = [
      { id: uuid(), table: 'outreach' as const, key: k2, op: 'put' as const, fields: { ...ev.event, id: ev.event.id, note: 'rewritten' }, hlc: hlc(Date.now()) },
      { id: uuid(), table: 'pipeline' as const, key: 'x', op: 'put' as const, fields: P('y', { notes: 'overwrites y' }), hlc: hlc(Date.now()) },
    ];
    await s.store.push(t.teamId, bad);
    const b = client();
    for (const c of [a, b]) {
      await syncOnce(c, cfg, realFetch);
      expect((await c.outreach.get(ev.event.id))!.note).toBe('first');
      expect((await c.outreach.get(k2))!.id).toBe(k2);
      expect((await c.pipeline.get('y'))!.notes).toBe('the real y');
      expect((await c.pipeline.get('x'))!.handle).toBe('x');
    }
    // A different event under an id this install already holds is refused and reported.
    const c = client();
    await settingsRepo.put(c, CONFIG_KEY, cfg);
    await c.outreach.put({ ...ev.event, note: 'a different event, same id' });
    const status = await syncAndRecord(c, realFetch);
    expect((await c.outreach.get(ev.event.id))!.note).toBe('a different event, same id');
    expect(status.refused?.[0]).toMatch(new RegExp(`outreach ${ev.event.id}: .*append-only`));
    expect((await getSyncStatus(c)).refused).toHaveLength(1);
  });

  it('finding 6: a shortlist renamed on one client and deleted on another converges on every client, in either order', async () => {
    for (const order of ['rename-first', 'delete-first'] as const) {
      const cfg = await team();
      const [a, b] = [client(), client()];
      const list = await listsRepo.create(a, 'Holiday', now());
      await syncOnce(a, cfg, realFetch);
      await syncOnce(b, cfg, realFetch);
      await listsRepo.rename(a, list.id, 'Renamed', new Date(Date.now() + 1000));
      await listsRepo.remove(b, list.id, now());
      const [first, second] = order === 'rename-first' ? [a, b] : [b, a];
      await syncOnce(first, cfg, realFetch);
      await syncOnce(second, cfg, realFetch);
      await syncOnce(first, cfg, realFetch);
      expect(await a.lists.get(list.id), order).toBeUndefined();
      expect(await b.lists.get(list.id), order).toBeUndefined();
    }
  });

  it('finding 8: what one member saw of a creator reaches teammates, per field', async () => {
    const cfg = await team();
    const [a, b] = [client(), client()];
    await creatorsRepo.observe(a, { handle: 'mara', nickname: 'Mara', bio: 'skincare', verified: false, followers: 184_300, email: 'mara@example.com' }, [], now());
    await syncOnce(a, cfg, realFetch);
    await creatorsRepo.observe(b, { handle: 'mara', followers: 190_000 }, [], new Date(Date.now() + 1000));
    await syncOnce(b, cfg, realFetch);
    await syncOnce(a, cfg, realFetch);
    for (const c of [a, b]) expect(await c.creators.get('mara')).toMatchObject({ nickname: 'Mara', email: 'mara@example.com', followers: 190_000 });
    expect(await b.snapshots.count()).toBe(1);
    // Seeing the same figures again queues nothing until a day has passed.
    const queued = async () => (await outboxRepo.pending(b)).filter((m) => m.table === 'creators').length;
    await creatorsRepo.observe(b, { handle: 'mara', followers: 190_000 }, [], new Date(Date.now() + 2000));
    expect(await queued()).toBe(0);
    await creatorsRepo.observe(b, { handle: 'mara', followers: 190_000 }, [], new Date(Date.now() + 2 * 24 * 3600_000));
    expect(await queued()).toBe(1);
  });
});

describe('push and pull are independent', () => {
  it('a push answered 507 (quota) does not stop pulls, and the queue keeps the changes', async () => {
    const s = await startTestServer(SQLITE, 10_000, { teamQuotaBytes: 20_000 });
    try {
      const t = await s.team();
      const cfg = { url: s.url, token: t.token };
      const [a, b] = [client(), client()];
      await pipelineRepo.add(b, 'from_b', {}, now());
      await syncOnce(b, cfg, realFetch);
      await importCreators(a, [{ handle: 'big', notes: 'n'.repeat(4900) }, ...Array.from({ length: 5 }, (_, i) => ({ handle: `b${i}`, notes: 'n'.repeat(4900) }))], 'alex', now());
      await expect(syncOnce(a, cfg, realFetch)).rejects.toThrow(/507: .*quota/);
      expect(await a.pipeline.get('from_b')).toBeDefined();
      expect(await outboxRepo.count(a)).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });

  it('a 413 from a server whose limits are unknown is split until the change at fault is set aside', async () => {
    const s = await startTestServer(SQLITE, 10_000, { limits: { bodyBytes: 60_000 } });
    try {
      const t = await s.team();
      const cfg = { url: s.url, token: t.token };
      // An older server: no limits on /v1/health, so the client starts from its defaults.
      const { seen, f } = counting();
      const oldServer: Fetch = (url, init) => f(url.endsWith('/v1/health') ? url.replace('/v1/health', '/v1/gone') : url, init);
      const a = client();
      await importCreators(a, Array.from({ length: 40 }, (_, i) => ({ handle: `c${i}`, notes: 'n'.repeat(4000) })), 'alex', now());
      await putSynced(a, 'templates', 't1', { id: 't1', name: 'Long', body: 'x'.repeat(62_000), updatedAt: 'u' }, now());
      await syncOnce(a, cfg, oldServer);
      expect(seen.statuses).toContain(413);
      expect(await outboxRepo.count(a)).toBe(0);
      expect((await syncRejectedRepo.list(a)).map((r) => [r.key, r.reason])).toEqual([['t1', expect.stringMatching(/413: body larger than 59 KB/)]]);
      const b = client();
      await syncOnce(b, cfg, realFetch);
      expect(await b.pipeline.count()).toBe(40);
    } finally {
      await s.close();
    }
  });

  it('a server clock behind this computer: queued changes are restamped on the server time; a refusal goes to the list and retries', async () => {
    let serverOffset = -10 * 60_000;
    const s = await startTestServer(SQLITE, 10_000, { now: () => Date.now() + serverOffset });
    try {
      const t = await s.team();
      const cfg = { url: s.url, token: t.token };
      const a = client();
      await pipelineRepo.add(a, 'mara', {}, now());
      await syncOnce(a, cfg, realFetch);
      expect(await outboxRepo.count(a)).toBe(0);
      expect(await syncRejectedRepo.count(a)).toBe(0);
      // Later stamps follow the server's clock.
      await pipelineRepo.update(a, 'mara', { notes: 'on server time' }, now());
      expect(Number((await outboxRepo.pending(a))[0]!.hlc.slice(0, 15))).toBeLessThan(Date.now() - 9 * 60_000);
      await syncOnce(a, cfg, realFetch);
      // The server's clock jumps back an hour between health and push: the push is refused, not lost.
      let calls = 0;
      const jumpy: Fetch = (url, init) => {
        if (url.includes('/push') && calls++ === 0) serverOffset = -70 * 60_000;
        return fetch(url, init);
      };
      serverOffset = -10 * 60_000;
      await pipelineRepo.update(a, 'mara', { notes: 'refused' }, now());
      await syncOnce(a, cfg, jumpy);
      const [r] = await syncRejectedRepo.list(a);
      expect(r!.reason).toMatch(/clock ahead/);
      serverOffset = -10 * 60_000;
      await syncOnce(a, cfg, realFetch);
      expect(await syncRejectedRepo.retry(a, r!.seq!, {}, now())).toBeUndefined();
      await syncOnce(a, cfg, realFetch);
      const b = client();
      await syncOnce(b, cfg, realFetch);
      expect((await b.pipeline.get('mara'))!.notes).toBe('refused');
    } finally {
      await s.close();
    }
  });
});
