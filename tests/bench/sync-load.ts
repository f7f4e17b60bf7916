import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createSqliteStore } from '../../server/store/sqlite';
import { createPostgresStore } from '../../server/store/postgres';
import type { Store } from '../../server/store/types';
import { startServer } from '../../server/serve';
import { addMember, createTeamWithOwner } from '../../server/auth';
import { syncClient } from '../../lib/sync/http';

/**
 * Load test on loopback: N clients of one team push and pull at once. Bounded by a request count per
 * client and a wall-clock limit; it stops by itself. Prints one JSON line per store.
 */
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 8);
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 60);
const BATCH = 50;
const LIMIT_MS = 60_000;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

async function run(name: string, store: Store): Promise<void> {
  const server = await startServer(store, 0, { rateLimit: 1_000_000 });
  const deadline = Date.now() + LIMIT_MS;
  try {
    const owner = await createTeamWithOwner(store, `load-${name}`);
    const tokens = [owner.token, ...(await Promise.all(Array.from({ length: CLIENTS - 1 }, (_, i) => addMember(store, owner.teamId, `c${i}`)))).map((m) => m.token)];
    const pushMs: number[] = [];
    const pullMs: number[] = [];
    let mutations = 0;
    const t0 = performance.now();
    await Promise.all(
      tokens.map(async (token, c) => {
        const api = syncClient(server.url, token, (url, init) => fetch(url, init));
        let cursor = 0;
        for (let r = 0; r < ROUNDS && Date.now() < deadline; r++) {
          const batch = Array.from({ length: BATCH }, (_, i) => ({
            id: crypto.randomUUID(),
            table: 'pipeline' as const,
            // Clients overlap on a shared pool of creators, as a team working one market does.
            key: `creator_${(r * BATCH + i * 7 + c * 13) % 2000}`,
            op: 'put' as const,
            fields: { stage: 'contacted', owner: `c${c}`, notes: `round ${r}`, addedAt: 'a', updatedAt: 'u' },
            hlc: `${String(Date.now()).padStart(15, '0')}:${String(i).padStart(5, '0')}:client${c}`,
          }));
          let t = performance.now();
          await api.push({ clientId: `client${c}`, mutations: batch });
          pushMs.push(performance.now() - t);
          mutations += BATCH;
          t = performance.now();
          const page = await api.pull(cursor, 500);
          pullMs.push(performance.now() - t);
          cursor = page.cursor;
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ name: `sync.load.${name}`, clients: CLIENTS, mutations, mutationsPerSec: Math.round(mutations / seconds), requestsPerSec: Math.round((pushMs.length + pullMs.length) / seconds), pushP95ms: Math.round(p95(pushMs) * 10) / 10, pullP95ms: Math.round(p95(pullMs) * 10) / 10 }));
  } finally {
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'scout-load-'));
await run('sqlite', createSqliteStore(join(dir, 'load.sqlite')));
rmSync(dir, { recursive: true, force: true });
if (process.env.DATABASE_URL) {
  const schema = `scout_load_${randomBytes(4).toString('hex')}`;
  await run('postgres', createPostgresStore(process.env.DATABASE_URL, schema));
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await c.query(`DROP SCHEMA ${schema} CASCADE`);
  await c.end();
} else {
  console.error('DATABASE_URL not set: PostgreSQL load test skipped');
}
