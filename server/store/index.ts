import { join } from 'node:path';
import { createPostgresStore } from './postgres';
import { createSqliteStore } from './sqlite';
import type { Store } from './types';

/** The embedded SQLite file: DATA_DIR (default ./data)/creator-scout.sqlite. */
export const sqliteFileFromEnv = (env: NodeJS.ProcessEnv = process.env) => join(env.DATA_DIR ?? 'data', 'creator-scout.sqlite');

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded SQLite file under DATA_DIR (default ./data). */
export function storeFromEnv(env: NodeJS.ProcessEnv = process.env): Store {
  if (env.DATABASE_URL) return createPostgresStore(env.DATABASE_URL);
  return createSqliteStore(sqliteFileFromEnv(env));
}
