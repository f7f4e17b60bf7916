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
  // A push in two round trips (issue 19): BEGIN + sync_push_begin in one simple query, the merge in the
  // server, then sync_push_write + COMMIT in another. Each statement inside a VOLATILE function takes a
  // fresh snapshot, so the rows are read after their locks are held. The team's row is locked by the
  // UPDATE and held only till the COMMIT sent with it: no round trip to the server under that lock.
  `CREATE FUNCTION sync_push_begin(p jsonb)
     RETURNS TABLE (r_fresh text, r_tbl text, r_key text, r_fields jsonb, r_field_hlc jsonb, r_deleted boolean, r_deleted_hlc text)
     LANGUAGE plpgsql VOLATILE AS $fn$
   DECLARE
     v_team text := p->>'team';
     v_lock bigint;
   BEGIN
     -- One advisory lock per row merged (rows not written yet included), taken in one sorted order.
     FOR v_lock IN SELECT DISTINCT x::bigint FROM jsonb_array_elements_text(p->'locks') x ORDER BY 1 LOOP
       PERFORM pg_advisory_xact_lock(v_lock);
     END LOOP;
     RETURN QUERY WITH ins AS (
       INSERT INTO sync_seen (team_id, id) SELECT v_team, x FROM jsonb_array_elements_text(p->'ids') x ORDER BY 1
       ON CONFLICT DO NOTHING RETURNING id
     ) SELECT ins.id, NULL::text, NULL::text, NULL::jsonb, NULL::jsonb, NULL::boolean, NULL::text FROM ins;
     RETURN QUERY SELECT NULL::text, r.tbl, r.key, r.fields, r.field_hlc, r.deleted, r.deleted_hlc
       FROM sync_rows r JOIN (SELECT DISTINCT x->>0 AS tbl, x->>1 AS key FROM jsonb_array_elements(p->'rows') x) k
         ON r.tbl = k.tbl AND r.key = k.key
      WHERE r.team_id = v_team;
   END $fn$;
   CREATE FUNCTION sync_push_write(p jsonb) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
   DECLARE
     v_team text := p->>'team';
     v_n bigint := (p->>'n')::bigint;
     v_delta bigint := (p->>'bytes')::bigint;
     v_quota bigint := (p->>'quota')::bigint;
     v_base bigint;
   BEGIN
     -- A rejected mutation was not applied: its id stays unseen, so a corrected retry is not a duplicate.
     IF jsonb_array_length(p->'rejected') > 0 THEN
       DELETE FROM sync_seen WHERE team_id = v_team AND id IN (SELECT jsonb_array_elements_text(p->'rejected'));
     END IF;
     IF v_n = 0 THEN RETURN; END IF;
     UPDATE sync_teams SET seq = seq + v_n, bytes = bytes + v_delta
      WHERE id = v_team AND (v_delta <= 0 OR bytes + v_delta <= v_quota) RETURNING seq - v_n INTO v_base;
     IF v_base IS NULL THEN
       IF NOT EXISTS (SELECT 1 FROM sync_teams WHERE id = v_team) THEN
         RAISE EXCEPTION 'unknown team %', v_team USING ERRCODE = 'CSTEA';
       END IF;
       RAISE EXCEPTION 'team quota full' USING ERRCODE = 'CSQTA';
     END IF;
     INSERT INTO sync_rows (team_id, tbl, key, fields, field_hlc, deleted, deleted_hlc, hlc, seq)
     SELECT v_team, v.tbl, v.key, v.fields, v.field_hlc, v.deleted, v.deleted_hlc, v.hlc, v_base + v.n
       FROM jsonb_to_recordset(p->'writes') AS v(tbl text, key text, fields jsonb, field_hlc jsonb, deleted boolean, deleted_hlc text, hlc text, n bigint)
     ON CONFLICT (team_id, tbl, key) DO UPDATE SET fields = excluded.fields, field_hlc = excluded.field_hlc, deleted = excluded.deleted,
       deleted_hlc = excluded.deleted_hlc, hlc = excluded.hlc, seq = excluded.seq;
   END $fn$;`,
];
