import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createSqliteStore } from '../../server/store/sqlite';
import { createPostgresStore } from '../../server/store/postgres';
import type { Store } from '../../server/store/types';
import { startServer, type RunningServer } from '../../server/serve';
import type { AppOptions } from '../../server/app';
import { addMember, createTeamWithOwner } from '../../server/auth';

export const PG_URL = process.env.DATABASE_URL;

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  make(): Promise<{ store: Store; cleanup(): Promise<void> }>;
}

/** A SQLite store on a given file: start a server on it again to restart "on the same data". */
export const sqliteAt = (file: string): StoreKind => ({
  name: 'sqlite',
  make: async () => ({ store: createSqliteStore(file), cleanup: async () => {} }),
});

export const SQLITE: StoreKind = {
  name: 'sqlite',
  make: () => sqliteAt(join(mkdtempSync(join(tmpdir(), 'scout-sync-')), 'db.sqlite')).make(),
};

/** Each PostgreSQL test run gets its own schema in the shared database, dropped afterwards. */
export const POSTGRES: StoreKind = {
  name: 'postgres',
  async make() {
    const schema = `scout_test_${randomBytes(4).toString('hex')}`;
    return {
      store: createPostgresStore(PG_URL!, schema),
      async cleanup() {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      },
    };
  },
};

export const STORE_KINDS: StoreKind[] = PG_URL ? [SQLITE, POSTGRES] : [SQLITE];
if (!PG_URL) console.warn('[tests] DATABASE_URL is not set: the PostgreSQL sync suite is SKIPPED (SQLite only). .ci/run sets it.');

export interface TestServer extends RunningServer {
  store: Store;
  team(name?: string): Promise<{ teamId: string; token: string; member(name: string): Promise<string> }>;
  close(): Promise<void>;
}

export async function startTestServer(kind: StoreKind, rateLimit = 10_000, opts: AppOptions = {}): Promise<TestServer> {
  const { store, cleanup } = await kind.make();
  const server = await startServer(store, 0, { rateLimit, ...opts });
  return {
    ...server,
    store,
    async team(name = 'Team') {
      const t = await createTeamWithOwner(store, name);
      return { teamId: t.teamId, token: t.token, member: async (n: string) => (await addMember(store, t.teamId, n)).token };
    },
    async close() {
      await server.stop();
      await cleanup();
    },
  };
}

export function hlc(ms: number, client = 'c1', n = 0): string {
  return `${String(ms).padStart(15, '0')}:${String(n).padStart(5, '0')}:${client}`;
}
export const uuid = () => crypto.randomUUID();
