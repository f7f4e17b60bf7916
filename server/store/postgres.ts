import pg from 'pg';
import { createHash } from 'node:crypto';
import type { RowState } from '../../lib/sync/merge';
import { SyncedTable } from '../../lib/model/mutation';
import { CHANGE_OVERHEAD, parsePage, planPush, QuotaExceededError, rowId } from './apply';
import { PULL_PAGE_BYTES, TEAM_QUOTA_BYTES } from '../../lib/sync/limits';
import { POSTGRES_MIGRATIONS } from './schema';
import type { Store } from './types';

interface RowRecord {
  tbl: string;
  key: string;
  fields: Record<string, unknown>;
  field_hlc: Record<string, string>;
  deleted: boolean;
  deleted_hlc: string;
  hlc: string;
  seq: string;
}

const MIGRATION_LOCK = 7_314_159;

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
 * PostgreSQL for teams that outgrow one machine. The server keeps no state of its own, so several
 * instances can share one database: a push locks the rows it merges, and its team's row only for its
 * last statement and COMMIT, which orders seq across instances.
 * `schema` (tests) puts every table in its own schema.
 */
export function createPostgresStore(connectionString: string, schema?: string): Store {
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
      const r = await pool.query('UPDATE sync_members SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
      return r.rowCount === 1;
    },
    async findMember(id) {
      const r = await pool.query({ name: 'sync-member', text: 'SELECT id, team_id, name, token_hash, revoked_at FROM sync_members WHERE id = $1', values: [id] });
      const m = r.rows[0];
      return m ? { id: m.id, teamId: m.team_id, name: m.name, tokenHash: m.token_hash, revokedAt: m.revoked_at ? String(m.revoked_at) : null } : undefined;
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
      return tx(async (c) => {
        // A row is read, merged here and written back: pushes touching the same row take turns on it (a
        // lock per row, rows that do not exist yet included), in one sorted order, till they commit.
        // Then the ids, sorted too: a retry racing its original waits for it, then finds its ids seen.
        // Locks and ids in one round trip; the rows are read by the next statement, whose snapshot is
        // taken once the locks are held.
        const ids = [...new Set(mutations.map((m) => m.id))].sort();
        const inserted = await c.query<{ id: string }>({
          name: 'sync-push-lock-seen',
          text: `WITH locked AS (SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest($3::bigint[]) AS k ORDER BY 1) s)
                 INSERT INTO sync_seen (team_id, id) SELECT $1, unnest($2::text[]) FROM locked ON CONFLICT DO NOTHING RETURNING id`,
          values: [teamId, ids, rowLockKeys(teamId, mutations)],
        });
        const fresh = new Set(inserted.rows.map((r) => r.id));
        const touched = [...new Map(mutations.filter((m) => fresh.has(m.id)).map((m) => [rowId(m.table, m.key), m])).values()];
        const rows = new Map<string, RowState>();
        if (touched.length) {
          const existing = await c.query<RowRecord>({
            name: 'sync-push-read',
            text: `SELECT r.* FROM sync_rows r JOIN unnest($2::text[], $3::text[]) AS k(tbl, key)
                     ON r.tbl = k.tbl AND r.key = k.key WHERE r.team_id = $1`,
            values: [teamId, touched.map((m) => m.table), touched.map((m) => m.key)],
          });
          for (const r of existing.rows) rows.set(rowId(r.tbl, r.key), { fields: r.fields, fieldHlc: r.field_hlc, deleted: r.deleted, deletedHlc: r.deleted_hlc });
        }
        // Seqs are numbered from 0 here and shifted by the team's counter when it is taken, last.
        const plan = planPush(mutations, fresh, rows, 0, opts.notAfterMs);
        // A rejected mutation was not applied: its id stays unseen, so a corrected retry is not a "duplicate".
        if (plan.rejected.length) await c.query('DELETE FROM sync_seen WHERE team_id = $1 AND id = ANY($2::text[])', [teamId, plan.rejected.map((r) => r.id)]);
        if (plan.writes.length) {
          const w = plan.writes;
          // The team's row is locked only here, by the statement that takes its seqs and adds its bytes,
          // until COMMIT right after: seqs are handed out in commit order, so a pull that has read seq N
          // has already been able to see every lower seq (none commits later under a lower one). The
          // quota is checked against the stored total as of that lock, so it stays exact. A batch over
          // it updates nothing and writes nothing.
          const r = await c.query<{ seq: string }>({
            name: 'sync-push-write',
            text: `WITH team AS (
               UPDATE sync_teams SET seq = seq + $10::bigint, bytes = bytes + $11::bigint
                WHERE id = $1 AND ($11::bigint <= 0 OR bytes + $11::bigint <= $12::bigint) RETURNING seq - $10::bigint AS base
             ), ins AS (
               INSERT INTO sync_rows (team_id, tbl, key, fields, field_hlc, deleted, deleted_hlc, hlc, seq)
               SELECT $1, v.tbl, v.key, v.fields, v.field_hlc, v.deleted, v.deleted_hlc, v.hlc, team.base + v.n
                 FROM team, unnest($2::text[], $3::text[], $4::jsonb[], $5::jsonb[], $6::boolean[], $7::text[], $8::text[], $9::bigint[])
                   AS v(tbl, key, fields, field_hlc, deleted, deleted_hlc, hlc, n)
               ON CONFLICT (team_id, tbl, key) DO UPDATE SET fields = excluded.fields, field_hlc = excluded.field_hlc, deleted = excluded.deleted,
                 deleted_hlc = excluded.deleted_hlc, hlc = excluded.hlc, seq = excluded.seq
             )
             SELECT base AS seq FROM team`,
            values: [
              teamId,
              w.map((x) => x.table),
              w.map((x) => x.key),
              w.map((x) => JSON.stringify(x.state.fields)),
              w.map((x) => JSON.stringify(x.state.fieldHlc)),
              w.map((x) => x.state.deleted),
              w.map((x) => x.state.deletedHlc),
              w.map((x) => x.hlc),
              w.map((x) => x.seq),
              w.length,
              plan.bytesDelta,
              quotaBytes,
            ],
          });
          if (!r.rows[0]) {
            if (!(await c.query('SELECT 1 FROM sync_teams WHERE id = $1', [teamId])).rowCount) throw new Error(`unknown team ${teamId}`);
            throw new QuotaExceededError(quotaBytes);
          }
        }
        return { applied: plan.applied, duplicates: plan.duplicates, rejected: plan.rejected };
      });
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
        // Sizes are taken after the LIMIT: in one query level PostgreSQL may compute them for every row
        // past the cursor before sorting (seen with a bitmap scan on a fresh table's estimates).
        text: `WITH sizes AS (
                 SELECT seq, CASE WHEN deleted THEN 0 ELSE octet_length(fields::text) END + octet_length(key) AS bytes
                   FROM (SELECT seq, deleted, fields, key FROM sync_rows WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3::int + 1) next
               ), cut AS (
                 SELECT seq, row_number() OVER w AS n, sum(bytes + $5::int) OVER w AS total, count(*) OVER () AS found
                   FROM sizes WINDOW w AS (ORDER BY seq)
               )
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
    async close() {
      await pool.end();
    },
  };
}
