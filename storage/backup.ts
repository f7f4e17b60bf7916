import { z } from '../lib/zod';
import { ScoutDB } from './db';
import { DERIVED_TABLES } from './kept-counts';

/** The tables a backup holds: derived ones are counted again from the rows, never copied. */
const dataTables = (db: ScoutDB) => db.tables.filter((t) => !DERIVED_TABLES.includes(t.name));

/** What "Export everything" writes: every table, as JSON-ready arrays. */
export const Backup = z.object({
  exportedAt: z.string(),
  version: z.number().int().positive(),
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type Backup = z.infer<typeof Backup>;

/**
 * A backup file is carried around, mailed and left in Downloads: credentials never go in it. A setting
 * whose key names a secret is left out whole; inside any setting's value, a field whose name does
 * (`sync.config`'s `token` today) is removed. Matching by name keeps a secret added later out too.
 */
const SECRET_NAME = /token|secret|password|passphrase|api.?key|credential/i;

/**
 * Settings that belong to this install rather than to the data: its connection (the token is not in
 * the backup to restore), its identity in sync stamps (two installs must never share one), the last
 * stamp it issued under that identity and its clock's offset from the server's. A restore keeps the
 * install's own where it has them. The pull cursor is not among them: it comes with the restored rows,
 * so the next pull brings them up to date.
 */
const INSTALL_SETTINGS = ['sync.config', 'sync.clientId', 'sync.lastHlc', 'sync.clockOffsetMs'];

function withoutSecrets(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v, depth + 1));
  return Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_NAME.test(k)).map(([k, v]) => [k, withoutSecrets(v, depth + 1)]));
}

/** Every table, read in one transaction so the copy is consistent; secrets left out (see SECRET_NAME). */
export async function exportEverything(db: ScoutDB, now = new Date()): Promise<Backup> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, unknown[]> = {};
    for (const t of dataTables(db)) tables[t.name] = await t.toArray();
    tables.settings = (tables.settings as { key: string; value: unknown }[])
      .filter((s) => !SECRET_NAME.test(s.key))
      .map((s) => ({ key: s.key, value: withoutSecrets(s.value) }));
    return { exportedAt: now.toISOString(), version: db.verno, tables };
  });
}

/** Clear every table in one transaction. */
export async function wipeEverything(db: ScoutDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of dataTables(db)) await t.clear();
  });
}

/** A backup that cannot be restored; the message names the part of the file at fault. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Every row must be an object holding its table's key (an auto-incremented key may be absent). */
function checkRows(db: ScoutDB, tables: Record<string, unknown[]>): void {
  for (const [name, rows] of Object.entries(tables)) {
    if (!db.tables.some((t) => t.name === name)) throw new BackupError(`tables.${name.slice(0, 40)}: not a Creator Scout table`);
    const { keyPath, auto } = db.table(name).schema.primKey;
    const keys = keyPath === undefined || auto ? [] : Array.isArray(keyPath) ? keyPath : [keyPath];
    rows.forEach((row, i) => {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new BackupError(`tables.${name}[${i}]: not a row (an object)`);
      for (const k of keys) {
        const v = (row as Record<string, unknown>)[k];
        if (typeof v !== 'string' && typeof v !== 'number') throw new BackupError(`tables.${name}[${i}].${k}: missing (it is the table's key)`);
      }
    });
  }
}

/**
 * Rows written by an older version of the database, brought to the current one by the same upgrades an
 * installed extension runs: they are loaded into a scratch database opened at their version, which is
 * then opened at the current version and read back.
 */
async function upgraded(db: ScoutDB, backup: Backup): Promise<Record<string, unknown[]>> {
  const name = `${db.name}-restore-${crypto.randomUUID()}`;
  const old = new ScoutDB(name, backup.version);
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(backup.tables)) {
        if (DERIVED_TABLES.includes(table)) continue;
        if (!old.tables.some((t) => t.name === table)) throw new BackupError(`tables.${table.slice(0, 40)}: not a table of database version ${backup.version}`);
        await old.table(table).bulkAdd(rows);
      }
    });
    old.close();
    const current = new ScoutDB(name);
    await current.open();
    const tables: Record<string, unknown[]> = {};
    for (const t of dataTables(current)) tables[t.name] = await t.toArray();
    current.close();
    return tables;
  } finally {
    old.close();
    await ScoutDB.delete(name);
  }
}

/**
 * Replace everything on this computer with a backup, in one transaction: a file that cannot be
 * restored changes nothing. This install's connection and sync identity are kept (INSTALL_SETTINGS).
 */
export async function restoreEverything(db: ScoutDB, raw: unknown): Promise<{ rows: number }> {
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError(`${issue.path.join('.') || 'file'}: ${issue.message} (not a Creator Scout backup)`);
  }
  const backup = parsed.data;
  if (!db.isOpen()) await db.open();
  if (backup.version > db.verno) throw new BackupError(`version: this backup comes from a newer Creator Scout (database version ${backup.version}, this one has ${db.verno}); update the extension first`);
  checkRows(db, backup.tables);
  const tables = backup.version < db.verno ? await upgraded(db, backup) : backup.tables;
  let rows = 0;
  await db.transaction('rw', db.tables, async () => {
    const keep = (await db.settings.bulkGet(INSTALL_SETTINGS)).filter((s) => s !== undefined);
    for (const t of dataTables(db)) {
      await t.clear();
      const incoming = tables[t.name] ?? [];
      await t.bulkAdd(incoming).catch((err: Error) => {
        throw new BackupError(`tables.${t.name}: ${err.message.slice(0, 200)}`);
      });
      rows += incoming.length;
    }
    await db.settings.bulkPut(keep);
  });
  return { rows };
}
