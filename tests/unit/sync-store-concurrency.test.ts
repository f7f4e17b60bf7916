import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresStore } from '../../server/store/postgres';
import { createTeamWithOwner } from '../../server/auth';
import { QuotaExceededError } from '../../server/store/apply';
import type { Store } from '../../server/store/types';
import type { Change, WireMutation } from '../../lib/sync/wire';
import { hlc, PG_URL, uuid } from './sync-helpers';

// Issue 19: pushes of one team no longer queue behind one lock for their whole transaction. What must
// still hold with many pushes in flight at once, from two stores on one database (two server processes):
// every row gets a per-team seq 1..n with no gap and none twice; a pull by cursor taken meanwhile never
// skips a row that commits later under a lower seq; concurrent merges of one row lose no field; the
// quota is exact; nothing is applied twice.

const P = (fields: Record<string, unknown>) => ({ stage: 'prospect', addedAt: 'a', updatedAt: 'u', ...fields });
const put = (key: string, fields: Record<string, unknown>, stamp: string): WireMutation => ({ id: uuid(), table: 'pipeline', key, op: 'put', fields, hlc: stamp });

describe.runIf(PG_URL)('concurrent pushes of one team on PostgreSQL, two stores on one database', () => {
  const schema = `scout_conc_${randomBytes(4).toString('hex')}`;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    a = createPostgresStore(PG_URL!, schema);
    b = createPostgresStore(PG_URL!, schema);
    await Promise.all([a.migrate(), b.migrate()]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

  it('gives a gapless per-team seq, never lets a pull skip a row committed late, and loses no field of a shared row', { timeout: 60_000 }, async () => {
    const { teamId } = await createTeamWithOwner(a, 'Busy team');
    const other = await createTeamWithOwner(a, 'Other team');
    const WRITERS = 16;
    const ROUNDS = 12;
    const SHARED = ['mara', 'kim', 'lee', 'joy'];
    const pushes: Promise<unknown>[] = [];
    let writing = true;
    // Each writer, per round: two rows of its own, and a field of its own on every shared row (a lost
    // update would drop it). Checked to fail when seqs are taken early (a pull skipped ~50 rows) and
    // when rows are merged without their lock (a shared row lost a writer's field).
    for (let w = 0; w < WRITERS; w++) {
      const store = w % 2 ? b : a;
      pushes.push(
        (async () => {
          for (let r = 0; r < ROUNDS; r++) {
            // Rows of its own, in a push of their own so such pushes need no common lock and can
            // commit in any order: written once each, a skipped seq would lose one for good.
            await store.push(teamId, [put(`own_${w}_${r}`, P({ owner: `w${w}` }), hlc(1000 + r, `w${w}`)), put(`own_${w}_${r}b`, P({}), hlc(1000 + r, `w${w}`, 1))]);
            // Rotated, so writers take the shared rows in different orders; the writer's own field
            // always wins (only it writes that field, stamps rising), so every push changes every row.
            const rotated = [...SHARED.slice(w % SHARED.length), ...SHARED.slice(0, w % SHARED.length)];
            await store.push(teamId, rotated.map((k, i) => put(k, P({ notes: `w${w} r${r}`, [`f_w${w}`]: r }), hlc(1000 + r, `w${w}`, i))));
            // The other team's pushes run alongside and must not show up in this team's seq.
            if (r % 4 === 0) await store.push(other.teamId, [put(`theirs_${w}_${r}`, P({}), hlc(1000 + r))]);
          }
        })(),
      );
    }
    // Pullers following by cursor while the writers run, one per store.
    const follow = async (store: Store) => {
      const seen = new Map<string, Change>();
      const seqs: number[] = [];
      let cursor = 0;
      for (;;) {
        const stillWriting = writing;
        const page = await store.pull(teamId, cursor, 7);
        for (const c of page.changes) {
          seqs.push(c.seq);
          seen.set(c.key, c);
        }
        cursor = page.cursor;
        if (!page.hasMore && !stillWriting) break;
      }
      return { seen, seqs };
    };
    const followers = [follow(a), follow(b)];
    await Promise.all(pushes);
    writing = false;
    const views = await Promise.all(followers);

    // Everything at once, from the start.
    const all = await a.pull(teamId, 0, 100_000);
    expect(all.hasMore).toBe(false);
    const last = new Map(all.changes.map((c) => [c.key, c]));
    const seqs = all.changes.map((c) => c.seq);
    const top = Math.max(...seqs);
    // Every push changed all of its rows, so the team's counter advanced once per row written: the
    // newest seq is their number, and no seq was used twice.
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(top).toBe(WRITERS * ROUNDS * (2 + SHARED.length));

    for (let w = 0; w < WRITERS; w++) for (let r = 0; r < ROUNDS; r++) for (const k of [`own_${w}_${r}`, `own_${w}_${r}b`]) expect(last.has(k), k).toBe(true);
    // No lost update: every writer's own field is on every shared row.
    for (const k of SHARED) for (let w = 0; w < WRITERS; w++) expect(last.get(k)!.fields[`f_w${w}`], `${k}.f_w${w}`).toBe(ROUNDS - 1);
    // A follower that pulled by cursor meanwhile holds exactly the final state: no row was skipped.
    for (const v of views) {
      expect(v.seqs).toEqual([...v.seqs].sort((x, y) => x - y));
      expect(new Set(v.seqs).size).toBe(v.seqs.length);
      expect([...v.seen.keys()].sort()).toEqual([...last.keys()].sort());
      for (const [k, c] of last) expect(v.seen.get(k), k).toEqual(c);
    }
    // The other team saw none of it, and its own seq counts from 1.
    const theirs = await b.pull(other.teamId, 0, 1000);
    expect(theirs.changes.every((c) => c.key.startsWith('theirs_'))).toBe(true);
    expect(theirs.changes.map((c) => c.seq)).toEqual(theirs.changes.map((_, i) => i + 1));
  });

  it('applies a mutation pushed twice at the same moment once, and keeps the quota exact under concurrent pushes', { timeout: 60_000 }, async () => {
    const { teamId } = await createTeamWithOwner(a, 'Retry team');
    const batch = Array.from({ length: 20 }, (_, i) => put(`r${i}`, P({}), hlc(2000 + i)));
    const [x, y] = await Promise.all([a.push(teamId, batch), b.push(teamId, [...batch].reverse())]);
    expect([...x.applied, ...y.applied].sort()).toEqual(batch.map((m) => m.id).sort());
    expect([...x.duplicates, ...y.duplicates]).toHaveLength(20);
    expect((await a.pull(teamId, 0, 1000)).changes.map((c) => c.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    // Ten rows of ~10 KB fit a 50 KB quota five at a time: pushed all at once, exactly as many succeed
    // as fit, the rest get QuotaExceededError with nothing applied.
    const q = await createTeamWithOwner(a, 'Quota team');
    const big = (i: number) => put(`big${i}`, P({ notes: 'n'.repeat(10_000) }), hlc(3000 + i));
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? b : a).push(q.teamId, [big(i)], { quotaBytes: 50_000 })));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    expect(ok).toBe(4);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof QuotaExceededError)).toBe(true);
    expect((await a.pull(q.teamId, 0, 1000)).changes).toHaveLength(ok);
  });
});
