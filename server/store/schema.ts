/**
 * Schema migrations, one list per dialect, applied in order and recorded in sync_migrations.
 * Append new steps; never edit an applied one.
 */
export const SQLITE_MIGRATIONS: string[] = [
  `CREATE TABLE sync_teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
   CREATE TABLE sync_members (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES sync_teams(id), name TEXT NOT NULL,
     token_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT);
   CREATE TABLE sync_seen (team_id TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (team_id, id)) WITHOUT ROWID;
   CREATE TABLE sync_rows (team_id TEXT NOT NULL, tbl TEXT NOT NULL, key TEXT NOT NULL, fields TEXT NOT NULL,
     field_hlc TEXT NOT NULL, deleted INTEGER NOT NULL, deleted_hlc TEXT NOT NULL, hlc TEXT NOT NULL, seq INTEGER NOT NULL,
     PRIMARY KEY (team_id, tbl, key));
   CREATE UNIQUE INDEX sync_rows_team_seq ON sync_rows (team_id, seq);`,
  // The per-team storage quota counts each row's fields and stamps as stored.
  `ALTER TABLE sync_teams ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0;
   UPDATE sync_teams SET bytes = COALESCE((SELECT SUM(length(CAST(fields AS BLOB)) + length(CAST(field_hlc AS BLOB))) FROM sync_rows r WHERE r.team_id = sync_teams.id), 0);`,
];

export const POSTGRES_MIGRATIONS: string[] = [
  `CREATE TABLE sync_teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, seq BIGINT NOT NULL DEFAULT 0, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
   CREATE TABLE sync_members (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES sync_teams(id), name TEXT NOT NULL,
     token_hash TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), revoked_at TIMESTAMPTZ);
   CREATE TABLE sync_seen (team_id TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (team_id, id));
   CREATE TABLE sync_rows (team_id TEXT NOT NULL, tbl TEXT NOT NULL, key TEXT NOT NULL, fields JSONB NOT NULL,
     field_hlc JSONB NOT NULL, deleted BOOLEAN NOT NULL, deleted_hlc TEXT NOT NULL, hlc TEXT NOT NULL, seq BIGINT NOT NULL,
     PRIMARY KEY (team_id, tbl, key));
   CREATE UNIQUE INDEX sync_rows_team_seq ON sync_rows (team_id, seq);`,
  `ALTER TABLE sync_teams ADD COLUMN bytes BIGINT NOT NULL DEFAULT 0;
   UPDATE sync_teams t SET bytes = COALESCE((SELECT SUM(octet_length(fields::text) + octet_length(field_hlc::text)) FROM sync_rows r WHERE r.team_id = t.id), 0);`,
];
