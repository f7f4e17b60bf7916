import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlc, startTestServer, STORE_KINDS, uuid, type TestServer } from './sync-helpers';
import { PULL_PAGE_BYTES, ROW_BYTES, SYNC_LIMITS } from '../../lib/sync/limits';

// Issue 14: each finding against the server, reproduced, on SQLite and PostgreSQL alike.

async function api(s: TestServer, token: string, path: string, body?: unknown) {
  const res = await fetch(`${s.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), json: JSON.parse(text) as any };
}

const P = (fields: Record<string, unknown>) => ({ stage: 'prospect', addedAt: 'a', updatedAt: 'u', ...fields });
const put = (key: string, fields: Record<string, unknown>, stamp: string, table = 'pipeline') => ({ id: uuid(), table, key, op: 'put', fields, hlc: stamp });
const push = (s: TestServer, token: string, mutations: unknown[]) => api(s, token, '/v1/sync/push', { clientId: 'x', mutations });
async function pullAll(s: TestServer, token: string) {
  const out: any[] = [];
  let cursor = 0;
  for (let i = 0; i < 100; i++) {
    const { json } = await api(s, token, `/v1/sync/pull?cursor=${cursor}&limit=5000`);
    out.push(...json.changes);
    cursor = json.cursor;
    if (!json.hasMore) break;
  }
  return out;
}
const nowStamp = (aheadMs = 0, client = 'c1') => hlc(Date.now() + aheadMs, client);

describe.each(STORE_KINDS)('sync server limits on $name', (kind) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(kind);
  });
  afterAll(async () => s?.close());

  it('finding 1: refuses, per mutation, a stamp more than 60 s ahead, applies the rest, and later honest writes win', async () => {
    const t = await s.team();
    const future = put('mara', P({ notes: 'from a clock a day ahead' }), nowStamp(24 * 3600_000, 'fast'));
    const absurd = put('kim', P({ notes: 'hostile' }), '999999999999999:99999:evil');
    const honest = put('lee', P({ notes: 'fine' }), nowStamp(30_000));
    const r = await push(s, t.token, [future, absurd, honest]);
    expect(r.status).toBe(200);
    expect(r.json.applied).toEqual([honest.id]);
    expect(r.json.rejected.map((x: any) => x.id)).toEqual([future.id, absurd.id]);
    expect(r.json.rejected[0].reason).toMatch(/clock ahead.*at most 60 s/);
    const later = put('mara', P({ notes: 'honest' }), nowStamp());
    expect((await push(s, t.token, [later])).json.applied).toEqual([later.id]);
    const rows = await pullAll(s, t.token);
    expect(rows.find((c) => c.key === 'mara').fields.notes).toBe('honest');
    expect(rows.some((c) => c.key === 'kim')).toBe(false);
    // A rejected id is not "seen": the same id, corrected, is applied.
    expect((await push(s, t.token, [{ ...future, hlc: nowStamp() }])).json.applied).toEqual([future.id]);
  });

  it('finding 1: a field stored under a future stamp before the fix no longer wins; honest writes and deletes take over', async () => {
    const t = await s.team();
    // Written straight into the store, as the server accepted it before it refused future clocks.
    await s.store.push(t.teamId, [put('mara', P({ notes: 'from the future' }), '999999999999999:99999:evil') as never, { id: uuid(), table: 'pipeline', key: 'kim', op: 'delete', fields: {}, hlc: '900000000000000:00000:evil' }]);
    const honest = put('mara', { notes: 'honest' }, nowStamp());
    const back = put('kim', P({ notes: 'back' }), nowStamp());
    expect((await push(s, t.token, [honest, back])).json.applied).toEqual([honest.id, back.id]);
    const rows = await pullAll(s, t.token);
    expect(rows.find((c) => c.key === 'mara')).toMatchObject({ deleted: false, fields: { notes: 'honest', stage: 'prospect' } });
    expect(rows.find((c) => c.key === 'kim')).toMatchObject({ deleted: false, fields: { notes: 'back' } });
    expect(rows.every((c) => Number(c.hlc.slice(0, 15)) < Date.now() + 60_000)).toBe(true);
  });

  it('finding 2: advertises its limits, and names the limit in a 413', async () => {
    const h = await api(s, '', '/v1/health');
    expect(h.json.limits).toEqual(SYNC_LIMITS);
    const t = await s.team();
    const tooMany = Array.from({ length: SYNC_LIMITS.mutationsPerPush + 1 }, (_, i) => put(`c${i}`, P({}), nowStamp()));
    const r = await push(s, t.token, tooMany);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatch(/mutations: .*500/);
  });

  it('finding 3: a pull page holds at most 4 MB, and rows stay under the row limit', async () => {
    const t = await s.team();
    const big = (i: number) => P({ notes: `${i}`.padEnd(60_000, 'n'), bio1: 'b'.repeat(60_000), bio2: 'c'.repeat(60_000), bio3: 'd'.repeat(60_000) });
    // 30 rows of ~240 KB: about 7 MB, pushed four rows a request.
    for (let i = 0; i < 30; i += 4) {
      const r = await push(s, t.token, Array.from({ length: Math.min(4, 30 - i) }, (_, j) => put(`r${i + j}`, big(i + j), nowStamp())));
      expect(r.json.rejected).toEqual([]);
    }
    const first = await api(s, t.token, '/v1/sync/pull?cursor=0&limit=5000');
    expect(first.json.hasMore).toBe(true);
    expect(first.bytes).toBeLessThanOrEqual(PULL_PAGE_BYTES + 10_000);
    expect(first.json.changes.length).toBeGreaterThanOrEqual(10);
    expect((await pullAll(s, t.token)).map((c) => c.key)).toEqual(Array.from({ length: 30 }, (_, i) => `r${i}`));
    // A change that would grow one row past the row limit is rejected alone.
    const grow = put('r0', { bio4: 'e'.repeat(60_000) }, nowStamp());
    const ok = put('small', P({}), nowStamp());
    const r = await push(s, t.token, [grow, ok]);
    expect(r.json.applied).toEqual([ok.id]);
    expect(r.json.rejected).toEqual([{ id: grow.id, reason: expect.stringMatching(new RegExp(`row too large.*${ROW_BYTES / 1024} KB`)) }]);
  });

  it('finding 3: a field over the field limit is rejected alone, naming the field and the limit', async () => {
    const t = await s.team();
    const huge = put('mara', P({ notes: 'x'.repeat(SYNC_LIMITS.fieldBytes) }), nowStamp());
    const r = await push(s, t.token, [huge]);
    expect(r.json.rejected[0].reason).toMatch(/fields\.notes: .*64 KB/);
  });

  it('finding 4: a key field that disagrees with the key is rejected', async () => {
    const t = await s.team();
    const m = put('x', P({ handle: 'y' }), nowStamp());
    expect((await push(s, t.token, [m])).json.rejected[0].reason).toMatch(/fields\.handle: "y" does not match the key "x"/);
  });

  it('finding 5: a NUL byte or a lone surrogate is rejected per mutation with a reason, the rest applied', async () => {
    const t = await s.team();
    const nul = put('a', P({ notes: 'before\u0000after' }), nowStamp());
    const lone = put('b', P({ notes: 'half \ud83d pair' }), nowStamp());
    const nested = put('c', P({ tags: ['ok', 'bad\udc00'] }), nowStamp());
    const keyNul = put('d\u0000', P({}), nowStamp());
    const fine = put('e', P({ notes: 'emoji 🙂 fine' }), nowStamp());
    const r = await push(s, t.token, [nul, lone, nested, keyNul, fine]);
    expect(r.status).toBe(200);
    expect(r.json.applied).toEqual([fine.id]);
    expect(r.json.rejected).toEqual([
      { id: nul.id, reason: expect.stringMatching(/fields\.notes: contains a NUL/) },
      { id: lone.id, reason: expect.stringMatching(/fields\.notes: .*lone UTF-16 surrogate/) },
      { id: nested.id, reason: expect.stringMatching(/fields\.tags\.1: .*surrogate/) },
      { id: keyNul.id, reason: expect.stringMatching(/key/) },
    ]);
    expect((await pullAll(s, t.token)).map((c) => [c.key, c.fields.notes])).toEqual([['e', 'emoji 🙂 fine']]);
  });

  it('finding 7: nesting 5,000 deep, too many field names and __proto__ get a 400 naming the field', async () => {
    const t = await s.team();
    const deep = `{"clientId":"x","mutations":[{"id":"${uuid()}","table":"pipeline","key":"k","op":"put","hlc":"${nowStamp()}","fields":{"notes":${'['.repeat(5000)}${']'.repeat(5000)}}}]}`;
    const d = await api(s, t.token, '/v1/sync/push', deep);
    expect(d.status).toBe(400);
    expect(d.json.error).toMatch(/mutations\.0\.fields: fields\.notes(\.0)+: nested more than 8 levels/);
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, i]));
    const m = await push(s, t.token, [put('k', many, nowStamp())]);
    expect(m.status).toBe(400);
    expect(m.json.error).toMatch(/fields: 100 field names, at most 64/);
    const proto = `{"clientId":"x","mutations":[{"id":"${uuid()}","table":"pipeline","key":"k","op":"put","hlc":"${nowStamp()}","fields":{"stage":"prospect","__proto__":{"polluted":true}}}]}`;
    const p = await api(s, t.token, '/v1/sync/push', proto);
    expect(p.status).toBe(400);
    expect(p.json.error).toMatch(/fields\.__proto__: "__proto__" is not allowed/);
    expect(({} as any).polluted).toBeUndefined();
  });
});

describe.each(STORE_KINDS)('team storage quota on $name', (kind) => {
  it('answers 507 with a clear error once a team would outgrow its quota, and keeps other teams working', async () => {
    const s = await startTestServer(kind, 10_000, { teamQuotaBytes: 50_000, maxClockSkewMs: 5000 });
    try {
      const a = await s.team('A');
      const b = await s.team('B');
      const row = (i: number) => put(`c${i}`, P({ notes: 'n'.repeat(20_000) }), nowStamp());
      expect((await push(s, a.token, [row(1), row(2)])).status).toBe(200);
      const full = await push(s, a.token, [row(3)]);
      expect(full.status).toBe(507);
      expect(full.json.error).toMatch(/storage quota of 49 KB is full/);
      // Nothing of the refused batch was applied; deletes still free space; other teams are not affected.
      expect((await pullAll(s, a.token)).map((c) => c.key)).toEqual(['c1', 'c2']);
      expect((await push(s, a.token, [{ id: uuid(), table: 'pipeline', key: 'c1', op: 'delete', fields: {}, hlc: nowStamp() }])).status).toBe(200);
      expect((await push(s, a.token, [row(3)])).status).toBe(200);
      expect((await push(s, b.token, [row(1), row(2)])).status).toBe(200);
      // The configured clock bound applies.
      expect((await push(s, b.token, [put('z', P({}), nowStamp(10_000))])).json.rejected[0].reason).toMatch(/at most 5 s/);
    } finally {
      await s.close();
    }
  });
});
