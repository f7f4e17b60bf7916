import pg from 'pg';
import { createHash } from 'node:crypto';
import type { RowState } from '../../lib/sync/merge';
import { SyncedTable } from '../../lib/model/mutation';
import { CHANGE_OVERHEAD, parsePage, planPush, QuotaExceededError, rowId } from './apply';
import { PULL_PAGE_BYTES, TEAM_QUOTA_BYTES } from '../../lib/sync/limits';
import { POSTGRES_MIGRATIONS } from './schema';
import type { Member, Store } from './types';

/** What sync_push_begin returns: a fresh mutation id (r_fresh) or a stored row (the rest). */
interface BeginRecord {
  r_fresh: string | null;
  r_tbl: string | null;
  r_key: string | null;
  r_fields: Record<string, unknown> | null;
  r_field_hlc: Record<string, string> | null;
  r_deleted: boolean | null;
  r_deleted_hlc: string | null;
}

/**
 * A value as an SQL literal of its JSON. JSON.stringify writes no raw control character (NUL
 * included), and an E'' string reads the same whatever standard_conforming_strings says.
 */
const jsonLiteral = (v: unknown) => `E'${JSON.stringify(v).replace(/[\\']/g, (ch) => ch + ch)}'::jsonb`;

const MIGRATION_LOCK = 7_314_159;

/**
 * How long a member looked up for a request is reused (issue 19: one query per request was a third of
 * a push's round trips). A revocation through this store takes effect at once; one made by another
 * process (the admin CLI, another server on the same database) within at most this long.
 */
const MEMBER_CACHE_MS = 1000;

/**
 * Connections per server process (env PG_POOL_SIZE, default 10 as before). 20 measured no better on the
 * shared 2-core host (issue 19): more pushes in flight only queue on each other's row locks.
 */
const POOL_SIZE = Number(process.env.PG_POOL_SIZE ?? 10);

/**
 * Advisory lock keys for the rows a push merges, one per team, table and key (64 bits of SHA-1; a
 * collision only makes two pushes take turns). Row locks would not do: a row not written yet has none.
 */
function rowLockKeys(teamId: string, rows: { table: string; key: string }[]): string[] {
  const unique = [...new Map(rows.map((r) => [rowId(r.table, r.key), r])).values()];
  return unique.map((r) => createHash('sha1').update(`${teamId}\u0000${r.table}\u0000${r.key}`).digest().readBigInt64BE(0).toString());
}

/**
 * The rows of one pull page, cut as `cutPage` cuts them (at most `$3` rows and `$4` bytes with `$5`
 * overhead each, always at least one, after cursor `$2` of team `$1`): `cut` holds each row's seq, place
 * `n`, running total and how many were `found` past the cursor. Sizes are taken after the LIMIT: in one
 * query level PostgreSQL may compute them for every row past the cursor before sorting (seen with a bitmap
 * scan on a fresh table's estimates). Shared by the parsed page and the response body.
 */
const PAGE_CUT = `WITH sizes AS (
                 SELECT seq, CASE WHEN deleted THEN 0 ELSE octet_length(fields::text) END + octet_length(key) AS bytes
                   FROM (SELECT seq, deleted, fields, key FROM sync_rows WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3::int + 1) next
               ), cut AS (
                 SELECT seq, row_number() OVER w AS n, sum(bytes + $5::int) OVER w AS total, count(*) OVER () AS found
                   FROM sizes WINDOW w AS (ORDER BY seq)
               )`;

/**
 * PostgreSQL for teams that outgrow one machine. The server keeps no state of its own, so several
 * instances can share one database: a push locks the rows it merges, and its team's row only for its
 * last statement and COMMIT, which orders seq across instances.
 * `schema` (tests) puts every table in its own schema.
 */
export function createPostgresStore(connectionString: string, schema?: string): Store {
  // Members found in the last MEMBER_CACHE_MS, by id (only members that exist; bounded).
  const members = new Map<string, { member: Member; at: number }>();
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE, ...(schema ? { options: `-c search_path=${schema}` } : {}) });

  async function tx<T>(run: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await run(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  return {
    kind: 'postgres',
    async migrate() {
      await tx(async (c) => {
        // Several instances may start at once: one migrates, the others wait and find it done.
        await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        // Under the lock too: two CREATE SCHEMA IF NOT EXISTS at once fail with a unique violation.
        if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '')}"`);
        await c.query('CREATE TABLE IF NOT EXISTS sync_migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
        const done = new Set((await c.query<{ version: number }>('SELECT version FROM sync_migrations')).rows.map((r) => r.version));
        for (const [i, sql] of POSTGRES_MIGRATIONS.entries()) {
          if (done.has(i + 1)) continue;
          await c.query(sql);
          await c.query('INSERT INTO sync_migrations (version) VALUES ($1)', [i + 1]);
        }
      });
    },
    async createTeam(id, name) {
      await pool.query('INSERT INTO sync_teams (id, name) VALUES ($1, $2)', [id, name]);
    },
    async addMember(m) {
      await pool.query('INSERT INTO sync_members (id, team_id, name, token_hash) VALUES ($1, $2, $3, $4)', [m.id, m.teamId, m.name, m.tokenHash]);
    },
    async revokeMember(id) {
      members.delete(id);
      const r = await pool.query('UPDATE sync_members SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
      members.delete(id);
      return r.rowCount === 1;
    },
    async findMember(id) {
      const cached = members.get(id);
      if (cached && performance.now() - cached.at < MEMBER_CACHE_MS) return cached.member;
      const r = await pool.query({ name: 'sync-member', text: 'SELECT id, team_id, name, token_hash, revoked_at FROM sync_members WHERE id = $1', values: [id] });
      const m = r.rows[0];
      if (!m) return undefined;
      const member = { id: m.id, teamId: m.team_id, name: m.name, tokenHash: m.token_hash, revokedAt: m.revoked_at ? String(m.revoked_at) : null };
      if (members.size >= 10_000) members.clear();
      members.set(id, { member, at: performance.now() });
      return member;
    },
    async teamExists(id) {
      return ((await pool.query('SELECT 1 FROM sync_teams WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async listTeams() {
      const teams = (await pool.query<{ id: string; name: string }>('SELECT id, name FROM sync_teams ORDER BY created_at')).rows;
      const members = (await pool.query<{ id: string; team_id: string; name: string; revoked_at: Date | null }>('SELECT id, team_id, name, revoked_at FROM sync_members ORDER BY created_at')).rows;
      return teams.map((t) => ({ ...t, members: members.filter((m) => m.team_id === t.id).map((m) => ({ id: m.id, name: m.name, revoked: m.revoked_at !== null })) }));
    },
    async push(teamId, mutations, opts = {}) {
      const quotaBytes = opts.quotaBytes ?? TEAM_QUOTA_BYTES;
      if (!mutations.length) return { applied: [], duplicates: [], rejected: [] };
      // Two round trips, each one simple query with its arguments as one JSON literal (issue 19: the
      // server process was CPU-bound, ~19% of it in socket writes, five round trips a push).
      // 1. BEGIN, then sync_push_begin: locks on the rows it merges (a lock per row, rows that do not exist
      //    yet included, in one sorted order, till COMMIT: pushes touching a row take turns on it), the
      //    ids inserted into sync_seen (sorted too: a retry racing its original waits for it, then finds
      //    its ids seen), then the rows, read under a snapshot taken once the locks are held.
      // 2. sync_push_write and COMMIT: the team's row is locked by the statement that takes the batch's
      //    seqs and adds its bytes, until the COMMIT sent with it, so seqs are handed out in commit order
      //    (a pull that has read seq N could already see every lower seq) and the quota is exact; a batch
      //    over it raises, and nothing of it is written.
      const c = await pool.connect();
      try {
        const begun = (await c.query(
          `BEGIN; SELECT * FROM sync_push_begin(${jsonLiteral({
            team: teamId,
            locks: rowLockKeys(teamId, mutations),
            ids: [...new Set(mutations.map((m) => m.id))],
            rows: [...new Map(mutations.map((m) => [rowId(m.table, m.key), [m.table, m.key]])).values()],
          })})`,
        )) as unknown as pg.QueryResult<BeginRecord>[];
        const fresh = new Set<string>();
        const rows = new Map<string, RowState>();
        for (const r of begun[1]!.rows) {
          if (r.r_fresh !== null) fresh.add(r.r_fresh);
          else rows.set(rowId(r.r_tbl!, r.r_key!), { fields: r.r_fields!, fieldHlc: r.r_field_hlc!, deleted: r.r_deleted!, deletedHlc: r.r_deleted_hlc! });
        }
        // Seqs are numbered from 0 here and shifted by the team's counter when it is taken, last.
        const plan = planPush(mutations, fresh, rows, 0, opts.notAfterMs);
        const w = plan.writes;
        try {
          await c.query(
            `SELECT sync_push_write(${jsonLiteral({
              team: teamId,
              rejected: plan.rejected.map((r) => r.id),
              n: w.length,
              bytes: plan.bytesDelta,
              quota: quotaBytes,
              writes: w.map((x) => ({ tbl: x.table, key: x.key, fields: x.state.fields, field_hlc: x.state.fieldHlc, deleted: x.state.deleted, deleted_hlc: x.state.deletedHlc, hlc: x.hlc, n: x.seq })),
            })}); COMMIT`,
          );
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (code === 'CSQTA') throw new QuotaExceededError(quotaBytes);
          if (code === 'CSTEA') throw new Error(`unknown team ${teamId}`);
          throw err;
        }
        return { applied: plan.applied, duplicates: plan.duplicates, rejected: plan.rejected };
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    },
    async pull(teamId, cursor, limit, maxBytes = PULL_PAGE_BYTES) {
      return parsePage(await this.pullPage(teamId, cursor, limit, maxBytes));
    },
    async pullPage(teamId, cursor, limit, maxBytes = PULL_PAGE_BYTES) {
      // One statement (one snapshot, one round trip): sizes first, cut where cutPage would cut (at most
      // `limit` rows and `maxBytes` with CHANGE_OVERHEAD each, always at least one), and only the rows
      // that fit are read. Fields travel as jsonb's text, spliced into the response as they are.
      const r = await pool.query<{ found: string; seq: string; tbl: string; key: string; fields: string; deleted: boolean; hlc: string }>({
        name: 'sync-pull',
        text: `${PAGE_CUT}
               SELECT cut.found, r.seq, r.tbl, r.key, CASE WHEN r.deleted THEN '{}' ELSE r.fields::text END AS fields, r.deleted, r.hlc
                 FROM cut JOIN sync_rows r ON r.team_id = $1 AND r.seq = cut.seq
                WHERE cut.n <= $3::int AND (cut.n = 1 OR cut.total <= $4::bigint)
                ORDER BY cut.seq`,
        values: [teamId, cursor, limit, maxBytes, CHANGE_OVERHEAD],
      });
      const last = r.rows.at(-1);
      if (!last) return { changes: [], cursor, hasMore: false };
      return {
        changes: r.rows.map((x) => ({ seq: Number(x.seq), table: SyncedTable.parse(x.tbl), key: x.key, fieldsJson: x.fields, deleted: x.deleted, hlc: x.hlc })),
        cursor: Number(last.seq),
        hasMore: Number(last.found) > r.rows.length,
      };
    },
    async pullJson(teamId, cursor, limit, maxBytes = PULL_PAGE_BYTES) {
      // The page of pullPage, written as the response body by PostgreSQL, one row in all: each change's
      // JSON is built next to its row and the rows joined there, so this process parses one text value
      // instead of 7 columns of up to 5000 rows (issue 19: per-row objects and their GC were a pull's cost).
      const r = await pool.query<{ found: string; n: string; last: string | null; changes: string | null }>({
        name: 'sync-pull-json',
        text: `${PAGE_CUT}, page AS (
                 SELECT cut.found, r.seq,
                        '{"seq":' || r.seq || ',"table":' || to_json(r.tbl) || ',"key":' || to_json(r.key) || ',"fields":'
                          || CASE WHEN r.deleted THEN '{}' ELSE r.fields::text END || ',"deleted":' || r.deleted || ',"hlc":' || to_json(r.hlc) || '}' AS change
                   FROM cut JOIN sync_rows r ON r.team_id = $1 AND r.seq = cut.seq
                  WHERE cut.n <= $3::int AND (cut.n = 1 OR cut.total <= $4::bigint)
               )
               SELECT coalesce(max(found), 0) AS found, count(*) AS n, max(seq) AS last, string_agg(change, ',' ORDER BY seq) AS changes FROM page`,
        values: [teamId, cursor, limit, maxBytes, CHANGE_OVERHEAD],
      });
      const row = r.rows[0]!;
      if (row.last === null) return `{"changes":[],"cursor":${cursor},"hasMore":false}`;
      return `{"changes":[${row.changes}],"cursor":${Number(row.last)},"hasMore":${Number(row.found) > Number(row.n)}}`;
    },
    async close() {
      await pool.end();
    },
  };
}
