import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RowState } from '../../lib/sync/merge';
import type { WireMutation } from '../../lib/sync/wire';
import { SyncedTable } from '../../lib/model/mutation';
import { cutPage, parsePage, planPush, pullPageJson, QuotaExceededError, rowId, type PageSize } from './apply';
import { PULL_PAGE_BYTES, TEAM_QUOTA_BYTES } from '../../lib/sync/limits';
import { SQLITE_MIGRATIONS } from './schema';
import type { Member, PushOptions, Store } from './types';

interface RowRecord {
  tbl: string;
  key: string;
  fields: string;
  field_hlc: string;
  deleted: number;
  deleted_hlc: string;
  hlc: string;
  seq: number;
}

const toState = (r: RowRecord): RowState => ({ fields: JSON.parse(r.fields), fieldHlc: JSON.parse(r.field_hlc), deleted: r.deleted === 1, deletedHlc: r.deleted_hlc });

/** The default store: one SQLite file (WAL), no set-up. */
export function createSqliteStore(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const q = <T = unknown>(sql: string) => db.prepare<unknown[], T>(sql);
  let stmts: ReturnType<typeof prepare> | undefined;
  const prepare = () => ({
    team: q<{ seq: number; bytes: number }>('SELECT seq, bytes FROM sync_teams WHERE id = ?'),
    setSeq: q('UPDATE sync_teams SET seq = ?, bytes = bytes + ? WHERE id = ?'),
    seen: q('INSERT OR IGNORE INTO sync_seen (team_id, id) VALUES (?, ?)'),
    unsee: q('DELETE FROM sync_seen WHERE team_id = ? AND id = ?'),
    row: q<RowRecord>('SELECT * FROM sync_rows WHERE team_id = ? AND tbl = ? AND key = ?'),
    upsert: q(`INSERT INTO sync_rows (team_id, tbl, key, fields, field_hlc, deleted, deleted_hlc, hlc, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (team_id, tbl, key) DO UPDATE SET fields = excluded.fields, field_hlc = excluded.field_hlc, deleted = excluded.deleted,
      deleted_hlc = excluded.deleted_hlc, hlc = excluded.hlc, seq = excluded.seq`),
    sizes: q<PageSize>(`SELECT seq, CASE WHEN deleted = 1 THEN 0 ELSE length(CAST(fields AS BLOB)) END + length(CAST(key AS BLOB)) AS bytes
      FROM sync_rows WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?`),
    page: q<Omit<RowRecord, 'field_hlc' | 'deleted_hlc'>>(`SELECT tbl, key, CASE WHEN deleted = 1 THEN '{}' ELSE fields END AS fields, deleted, hlc, seq
      FROM sync_rows WHERE team_id = ? AND seq > ? AND seq <= ? ORDER BY seq`),
  });
  const s = () => (stmts ??= prepare());

  const pushTx = db.transaction((teamId: string, mutations: WireMutation[], quotaBytes: number, notAfterMs?: number) => {
    const team = s().team.get(teamId);
    if (!team) throw new Error(`unknown team ${teamId}`);
    const fresh = new Set<string>();
    for (const m of mutations) if (s().seen.run(teamId, m.id).changes === 1) fresh.add(m.id);
    const rows = new Map<string, RowState>();
    for (const m of mutations) {
      const id = rowId(m.table, m.key);
      if (rows.has(id)) continue;
      const r = s().row.get(teamId, m.table, m.key);
      if (r) rows.set(id, toState(r));
    }
    const plan = planPush(mutations, fresh, rows, team.seq, notAfterMs);
    if (plan.bytesDelta > 0 && team.bytes + plan.bytesDelta > quotaBytes) throw new QuotaExceededError(quotaBytes);
    // A rejected mutation was not applied: its id stays unseen, so a corrected retry is not a "duplicate".
    for (const r of plan.rejected) s().unsee.run(teamId, r.id);
    for (const w of plan.writes) {
      s().upsert.run(teamId, w.table, w.key, JSON.stringify(w.state.fields), JSON.stringify(w.state.fieldHlc), w.state.deleted ? 1 : 0, w.state.deletedHlc, w.hlc, w.seq);
    }
    s().setSeq.run(plan.lastSeq, plan.bytesDelta, teamId);
    return { applied: plan.applied, duplicates: plan.duplicates, rejected: plan.rejected };
  });

  return {
    kind: 'sqlite',
    async migrate() {
      db.exec('CREATE TABLE IF NOT EXISTS sync_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const done = new Set(q<{ version: number }>('SELECT version FROM sync_migrations').all().map((r) => r.version));
      SQLITE_MIGRATIONS.forEach((sql, i) => {
        if (done.has(i + 1)) return;
        db.transaction(() => {
          db.exec(sql);
          q('INSERT INTO sync_migrations (version, applied_at) VALUES (?, ?)').run(i + 1, new Date().toISOString());
        })();
      });
      stmts = undefined;
    },
    async createTeam(id, name) {
      q('INSERT INTO sync_teams (id, name, created_at) VALUES (?, ?, ?)').run(id, name, new Date().toISOString());
    },
    async addMember(m) {
      q('INSERT INTO sync_members (id, team_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(m.id, m.teamId, m.name, m.tokenHash, new Date().toISOString());
    },
    async revokeMember(id) {
      return q('UPDATE sync_members SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(new Date().toISOString(), id).changes === 1;
    },
    async findMember(id) {
      const r = q<{ id: string; team_id: string; name: string; token_hash: string; revoked_at: string | null }>('SELECT * FROM sync_members WHERE id = ?').get(id);
      return r ? ({ id: r.id, teamId: r.team_id, name: r.name, tokenHash: r.token_hash, revokedAt: r.revoked_at } satisfies Member) : undefined;
    },
    async teamExists(id) {
      return s().team.get(id) !== undefined;
    },
    async listTeams() {
      const teams = q<{ id: string; name: string }>('SELECT id, name FROM sync_teams ORDER BY created_at').all();
      const members = q<{ id: string; team_id: string; name: string; revoked_at: string | null }>('SELECT id, team_id, name, revoked_at FROM sync_members ORDER BY created_at').all();
      return teams.map((t) => ({ ...t, members: members.filter((m) => m.team_id === t.id).map((m) => ({ id: m.id, name: m.name, revoked: m.revoked_at !== null })) }));
    },
    async push(teamId, mutations, opts: PushOptions = {}) {
      return pushTx.immediate(teamId, mutations, opts.quotaBytes ?? TEAM_QUOTA_BYTES, opts.notAfterMs);
    },
    async pull(teamId, cursor, limit, maxBytes = PULL_PAGE_BYTES) {
      return parsePage(await this.pullPage(teamId, cursor, limit, maxBytes));
    },
    async pullJson(teamId, cursor, limit, maxBytes = PULL_PAGE_BYTES) {
      return pullPageJson(await this.pullPage(teamId, cursor, limit, maxBytes));
    },
    async pullPage(teamId, cursor, limit, maxBytes = PULL_PAGE_BYTES) {
      // Sizes first, then only the rows that fit: a page never loads more than its byte budget.
      const { lastSeq, hasMore } = cutPage(s().sizes.all(teamId, cursor, limit + 1), limit, maxBytes);
      if (lastSeq === undefined) return { changes: [], cursor, hasMore: false };
      const page = s().page.all(teamId, cursor, lastSeq);
      return {
        changes: page.map((r) => ({ seq: r.seq, table: SyncedTable.parse(r.tbl), key: r.key, fieldsJson: r.fields, deleted: r.deleted === 1, hlc: r.hlc })),
        cursor: lastSeq,
        hasMore,
      };
    },
    async close() {
      db.close();
    },
  };
}
