import { describe, expect, it } from 'vitest';
import { parsePage, pullPageJson, QuotaExceededError } from '../../server/store/apply';
import { createTeamWithOwner } from '../../server/auth';
import { STORE_KINDS } from './sync-helpers';
import { PullResponse } from '../../lib/sync/wire';

// The pull body is written with each row's stored fields spliced in as text (server/store/apply.ts):
// it must read back exactly as the parsed page would have been serialised.
describe('pullPageJson', () => {
  it('writes the same response JSON.stringify of the parsed page would, for awkward keys, stamps and fields', () => {
    const page = {
      changes: [
        { seq: 1, table: 'pipeline' as const, key: 'mara "the" \\ creator', fieldsJson: JSON.stringify({ stage: 'prospect', notes: 'line\nbreak ü 😀 \u2028' }), deleted: false, hlc: '000001700000000:00000:c1' },
        // PostgreSQL's jsonb text has spaces after colons and commas: still JSON.
        { seq: 7, table: 'listMembers' as const, key: 'l1:kim', fieldsJson: '{"listId": "l1", "handle": "kim", "n": [1, 2.5, null, true]}', deleted: false, hlc: '000001700000001:00002:c-2' },
        { seq: 9, table: 'outreach' as const, key: 'e1', fieldsJson: '{}', deleted: true, hlc: '000001700000002:00000:c3' },
      ],
      cursor: 9,
      hasMore: true,
    };
    const text = pullPageJson(page);
    expect(JSON.parse(text)).toEqual(parsePage(page));
    expect(PullResponse.parse(JSON.parse(text))).toEqual(parsePage(page));
    expect(JSON.parse(pullPageJson({ changes: [], cursor: 3, hasMore: false }))).toEqual({ changes: [], cursor: 3, hasMore: false });
  });
});

// PostgreSQL writes the pull body itself (Store.pullJson): it must read back as the store's own page,
// row for row, wherever the page is cut (rows and bytes), for awkward keys and fields and deleted rows.
describe.each(STORE_KINDS)('Store.pullJson on $name', (kind) => {
  it('reads back exactly as pull() for every cursor, row limit and byte budget', async () => {
    const { store, cleanup } = await kind.make();
    try {
      await store.migrate();
      const { teamId } = await createTeamWithOwner(store, 'json');
      const stamp = (n: number) => `${String(1_700_000_000_000 + n).padStart(15, '0')}:00000:c1`;
      const keys = ['mara "the" \\ creator', 'line\nbreak', 'ü 😀 \u2028 \u2029', "o'brien", 'tab\there', 'plain'];
      const put = (key: string, n: number, fields: Record<string, unknown>) => ({ id: crypto.randomUUID(), table: 'pipeline' as const, key, op: 'put' as const, fields, hlc: stamp(n) });
      await store.push(teamId, keys.map((k, i) => put(k, i, { stage: 'prospect', addedAt: '2026-11-01T09:00:00.000Z', notes: `${k} \u0001 "q" \\ ${'x'.repeat(i * 300)}`, n: [1, 2.5, null, true, { deep: 'ü' }] })));
      await store.push(teamId, [{ ...put(keys[1]!, 50, {}), op: 'delete' as const }, put('plain', 51, { notes: 'later' })]);
      for (const cursor of [0, 2, 5, 100]) {
        for (const limit of [1, 3, 500]) {
          for (const maxBytes of [1, 900, 4 << 20]) {
            const text = await store.pullJson(teamId, cursor, limit, maxBytes);
            expect(PullResponse.parse(JSON.parse(text))).toEqual(await store.pull(teamId, cursor, limit, maxBytes));
          }
        }
      }
      expect(JSON.parse(await store.pullJson('no-such-team', 0, 10))).toEqual({ changes: [], cursor: 0, hasMore: false });
    } finally {
      await store.close();
      await cleanup();
    }
  });

  it('keeps a rejected id unseen, refuses a batch over the quota whole, and applies a retry once', async () => {
    const { store, cleanup } = await kind.make();
    try {
      await store.migrate();
      const { teamId } = await createTeamWithOwner(store, 'quota');
      const m = (key: string, notes: string) => ({ id: crypto.randomUUID(), table: 'pipeline' as const, key, op: 'put' as const, fields: { stage: 'prospect', addedAt: '2026-11-01T09:00:00.000Z', notes }, hlc: '001700000000000:00000:c1' });
      const big = m("it's \\ big", 'x'.repeat(300 * 1024));
      const ok = m('fine', 'small');
      expect(await store.push(teamId, [big, ok], { quotaBytes: 10_000 })).toEqual({ applied: [ok.id], duplicates: [], rejected: [{ id: big.id, reason: expect.stringMatching(/row too large/) }] });
      const over = m('over', 'y'.repeat(20_000));
      await expect(store.push(teamId, [over, m('other', 'z')], { quotaBytes: 10_000 })).rejects.toBeInstanceOf(QuotaExceededError);
      expect((await store.pull(teamId, 0, 100)).changes.map((c) => c.key)).toEqual(['fine']);
      // Neither the rejected id nor the refused batch's ids count as seen: corrected, they apply.
      const smaller = { ...big, fields: { ...big.fields, notes: 'now small' } };
      expect(await store.push(teamId, [smaller, over], { quotaBytes: 100_000 })).toEqual({ applied: [smaller.id, over.id], duplicates: [], rejected: [] });
      expect(await store.push(teamId, [smaller, over], { quotaBytes: 100_000 })).toEqual({ applied: [], duplicates: [smaller.id, over.id], rejected: [] });
      expect((await store.pull(teamId, 0, 100)).changes.map((c) => [c.seq, c.key])).toEqual([[1, 'fine'], [2, "it's \\ big"], [3, 'over']]);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});
