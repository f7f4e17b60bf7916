import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { hlc, startTestServer, STORE_KINDS, uuid, type TestServer } from './sync-helpers';

async function api(s: TestServer, token: string | undefined, path: string, body?: unknown) {
  const res = await fetch(`${s.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

/** A one-off connection: the server answers an oversized body early and closes, which must not poison a shared socket. */
function rawPost(url: string, token: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const put = (key: string, fields: Record<string, unknown>, stamp: string, table = 'pipeline') => ({ id: uuid(), table, key, op: 'put', fields, hlc: stamp });
/** A whole pipeline row (a row is visible only while its fields make a whole row of its table). */
const P = (fields: Record<string, unknown>) => ({ stage: 'prospect', addedAt: 'a', updatedAt: 'u', ...fields });
const event = (fields: Record<string, unknown>) => ({ handle: 'mara', at: 'a', channel: 'tiktok_dm', direction: 'out', ...fields });
const del = (key: string, stamp: string, table = 'pipeline') => ({ id: uuid(), table, key, op: 'delete', fields: {}, hlc: stamp });

describe.each(STORE_KINDS)('sync server on $name', (kind) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(kind);
  });
  afterAll(async () => s?.close());

  it('answers health without a token and refuses missing, wrong and revoked tokens', async () => {
    expect(await api(s, undefined, '/v1/health')).toEqual({ status: 200, json: { ok: true, store: kind.name, version: expect.any(String), limits: { bodyBytes: 1024 * 1024, mutationsPerPush: 500, fieldBytes: 65536 }, time: expect.any(Number) } });
    const t = await s.team();
    expect((await api(s, undefined, '/v1/sync/pull')).status).toBe(401);
    expect((await api(s, t.token.slice(0, -1) + (t.token.endsWith('A') ? 'B' : 'A'), '/v1/sync/pull')).status).toBe(401);
    expect((await api(s, 'cs_0000000000000000_' + 'x'.repeat(43), '/v1/sync/pull')).status).toBe(401);
    const sam = await t.member('Sam');
    expect((await api(s, sam, '/v1/sync/pull')).status).toBe(200);
    expect(await s.store.revokeMember(/^cs_([a-f0-9]+)_/.exec(sam)![1]!)).toBe(true);
    expect((await api(s, sam, '/v1/sync/pull')).status).toBe(401);
  });

  it('rejects malformed and oversized bodies with a clear JSON error', async () => {
    const t = await s.team();
    const bad = await api(s, t.token, '/v1/sync/push', { clientId: 'c1', mutations: [{ id: 'not-a-uuid', table: 'pipeline', key: 'a', op: 'put', fields: {}, hlc: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/mutations\.0\.(id|hlc)/);
    expect((await api(s, t.token, '/v1/sync/push', '{not json')).status).toBe(400);
    expect((await api(s, t.token, '/v1/sync/push', { clientId: 'c1', mutations: [put('a', {}, hlc(1), 'users')] })).status).toBe(400);
    const huge = { clientId: 'c1', mutations: [put('a', { notes: 'x'.repeat(1_100_000) }, hlc(1))] };
    const r = await rawPost(`${s.url}/v1/sync/push`, t.token, JSON.stringify(huge));
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toMatch(/1 MB/);
    expect((await api(s, t.token, '/v1/sync/pull?cursor=-1')).status).toBe(400);
  });

  it('applies a mutation id once, however often it is pushed', async () => {
    const t = await s.team();
    const batch = { clientId: 'c1', mutations: [put('mara', P({ stage: 'prospect', notes: '' }), hlc(100)), put('kim', P({ stage: 'contacted' }), hlc(101))] };
    const first = await api(s, t.token, '/v1/sync/push', batch);
    expect(first.json).toEqual({ applied: batch.mutations.map((m) => m.id), duplicates: [], rejected: [] });
    const again = await api(s, t.token, '/v1/sync/push', batch);
    expect(again.json).toEqual({ applied: [], duplicates: batch.mutations.map((m) => m.id), rejected: [] });
    const pulled = await api(s, t.token, '/v1/sync/pull?cursor=0&limit=100');
    expect(pulled.json.changes.map((c: any) => [c.seq, c.key])).toEqual([[1, 'mara'], [2, 'kim']]);
  });

  it('merges per field by hlc, whatever order the writes arrive in, and pulls the merged row', async () => {
    const t = await s.team();
    const a = put('mara', P({ stage: 'contacted', owner: 'alex' }), hlc(200, 'a'));
    const b = put('mara', { stage: 'replied' }, hlc(300, 'b'));
    const c = put('mara', { owner: 'sam', notes: 'old' }, hlc(150, 'c'));
    for (const m of [b, c, a]) await api(s, t.token, '/v1/sync/push', { clientId: 'x', mutations: [m] });
    const { json } = await api(s, t.token, '/v1/sync/pull?cursor=0');
    const last = json.changes.at(-1);
    expect(last).toMatchObject({ table: 'pipeline', key: 'mara', deleted: false, fields: { stage: 'replied', owner: 'alex', notes: 'old' }, hlc: hlc(300, 'b') });
    // Ties on time fall to the client id.
    const t2 = await s.team();
    await api(s, t2.token, '/v1/sync/push', { clientId: 'x', mutations: [put('k', P({ notes: 'from-b' }), hlc(5, 'b')), put('k', P({ notes: 'from-a' }), hlc(5, 'a'))] });
    expect((await api(s, t2.token, '/v1/sync/pull')).json.changes[0].fields.notes).toBe('from-b');
  });

  it('keeps deletes as tombstones that older writes cannot undo', async () => {
    const t = await s.team();
    const push = (m: unknown) => api(s, t.token, '/v1/sync/push', { clientId: 'x', mutations: [m] });
    await push(put('gone', P({ stage: 'prospect' }), hlc(10)));
    await push(del('gone', hlc(20)));
    await push(put('gone', P({ stage: 'active' }), hlc(15)));
    let rows = (await api(s, t.token, '/v1/sync/pull')).json.changes;
    expect(rows.filter((c: any) => c.key === 'gone').at(-1)).toMatchObject({ deleted: true, fields: {} });
    // A partial update after the delete does not bring back half a row; a whole row does.
    await push(put('gone', { stage: 'replied' }, hlc(30)));
    rows = (await api(s, t.token, '/v1/sync/pull')).json.changes;
    expect(rows.filter((c: any) => c.key === 'gone').at(-1)).toMatchObject({ deleted: true, fields: {} });
    await push(put('gone', P({ stage: 'posted' }), hlc(40)));
    rows = (await api(s, t.token, '/v1/sync/pull')).json.changes;
    expect(rows.filter((c: any) => c.key === 'gone').at(-1)).toMatchObject({ deleted: false, fields: P({ stage: 'posted' }) });
  });

  it('keeps outreach append-only', async () => {
    const t = await s.team();
    const push = (m: unknown) => api(s, t.token, '/v1/sync/push', { clientId: 'x', mutations: [m] });
    const e1 = uuid();
    await push(put(e1, event({ note: 'first' }), hlc(10), 'outreach'));
    await push(put(e1, { note: 'rewritten' }, hlc(20), 'outreach'));
    await push(del(e1, hlc(30), 'outreach'));
    const rows = (await api(s, t.token, '/v1/sync/pull')).json.changes;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ deleted: false, fields: event({ note: 'first' }) });
  });

  it('keeps teams apart, even on the same keys and mutation ids', async () => {
    const a = await s.team('A');
    const b = await s.team('B');
    const m = put('mara', P({ stage: 'active', notes: 'secret' }), hlc(10));
    await api(s, a.token, '/v1/sync/push', { clientId: 'x', mutations: [m] });
    expect((await api(s, b.token, '/v1/sync/pull')).json).toEqual({ changes: [], cursor: 0, hasMore: false });
    // The same mutation id pushed by team B is B's own, not a duplicate of A's.
    expect((await api(s, b.token, '/v1/sync/push', { clientId: 'x', mutations: [{ ...m, fields: P({ stage: 'prospect' }) }] })).json.applied).toEqual([m.id]);
    expect((await api(s, a.token, '/v1/sync/pull')).json.changes[0].fields).toEqual(P({ stage: 'active', notes: 'secret' }));
    expect((await api(s, b.token, '/v1/sync/pull')).json.changes[0].fields).toEqual(P({ stage: 'prospect' }));
  });

  it('pages by a strictly increasing seq', async () => {
    const t = await s.team();
    const mutations = Array.from({ length: 25 }, (_, i) => put(`c${i}`, P({ stage: 'prospect' }), hlc(1000 + i)));
    await api(s, t.token, '/v1/sync/push', { clientId: 'x', mutations });
    const seqs: number[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const { json } = await api(s, t.token, `/v1/sync/pull?cursor=${cursor}&limit=10`);
      seqs.push(...json.changes.map((c: any) => c.seq));
      cursor = json.cursor;
      pages++;
      if (!json.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // A row changed again moves to the end with a new seq.
    await api(s, t.token, '/v1/sync/push', { clientId: 'x', mutations: [put('c0', { stage: 'contacted' }, hlc(5000))] });
    const { json } = await api(s, t.token, `/v1/sync/pull?cursor=${cursor}`);
    expect(json.changes).toEqual([expect.objectContaining({ seq: 26, key: 'c0', fields: P({ stage: 'contacted' }) })]);
  });
});

describe('rate limit', () => {
  it('answers 429 once a token exceeds its rate', async () => {
    const s = await startTestServer(STORE_KINDS[0]!, 2);
    try {
      const t = await s.team();
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) codes.push((await api(s, t.token, '/v1/sync/pull')).status);
      expect(codes.slice(0, 8).every((c) => c === 200)).toBe(true);
      expect(codes).toContain(429);
    } finally {
      await s.close();
    }
  });
});
