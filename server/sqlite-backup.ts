import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A consistent copy of the server's SQLite file while the server keeps running, with `VACUUM INTO`: one
 * read transaction, so the copy is a single snapshot while the server (WAL) keeps committing. (The online
 * backup API restarts whenever another process writes between its steps; under a steady stream of pushes
 * on a busy machine it never finished.) The copy is written beside the destination and renamed into place
 * only once it is whole and passes an integrity check, so an interrupted backup never leaves a half file
 * under the name.
 */
export async function backupSqlite(source: string, destination: string): Promise<{ file: string; bytes: number; pages: number }> {
  if (!existsSync(source)) throw new Error(`no SQLite database at ${source} (set DATA_DIR to the server's data folder)`);
  if (resolve(source) === resolve(destination)) throw new Error('FILE: the backup must not be the database itself');
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  let totalPages = 0;
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(partial);
    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check: ${String(check)}`);
      totalPages = Number(copy.pragma('page_count', { simple: true }));
    } finally {
      copy.close();
    }
    renameSync(partial, destination);
    return { file: destination, bytes: statSync(destination).size, pages: totalPages };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
}
