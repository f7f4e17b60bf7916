import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../server/store/sqlite';
import { startServer } from '../../server/serve';
import { createTeamWithOwner } from '../../server/auth';
import { syncClient } from '../../lib/sync/http';
import type { WireMutation } from '../../lib/sync/wire';
import { interleave, report } from './report';

export const fetchImpl = (url: string, init: RequestInit & { method: string; headers: Record<string, string> }) => fetch(url, init);

/** `n` pipeline rows as one client's put mutations, with increasing stamps. */
export function pipelineMutations(n: number, clientId: string): WireMutation[] {
  return Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    table: 'pipeline',
    key: `creator_${i}`,
    op: 'put',
    fields: { handle: `creator_${i}`, stage: 'prospect', owner: 'bench', tags: ['q4'], notes: 'found on the marketplace', products: [], addedAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z' },
    hlc: `${String(1_795_000_000_000 + i).padStart(15, '0')}:00000:${clientId}`,
  }));
}

/**
 * 10,000 mutations pushed by one client in batches of 500 and pulled by another, over loopback, SQLite,
 * against the same rows written with plain INSERTs in one transaction and read back with one SELECT.
 */
export async function benchSync(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scout-bench-sync-'));
  const store = createSqliteStore(join(dir, 'bench.sqlite'));
  const server = await startServer(store, 0, { rateLimit: 100_000 });
  let rep = 0;
  try {
    const real = async () => {
      // A team per repetition: each run pushes into an empty log, as the first did.
      const { token } = await createTeamWithOwner(store, `bench-${rep++}`);
      const api = syncClient(server.url, token, fetchImpl);
      const mutations = pipelineMutations(10_000, 'benchclient');
      const t = performance.now();
      for (let i = 0; i < mutations.length; i += 500) await api.push({ clientId: 'benchclient', mutations: mutations.slice(i, i + 500) });
      let cursor = 0;
      let pulled = 0;
      for (;;) {
        const page = await api.pull(cursor, 1000);
        pulled += page.changes.length;
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      const ms = performance.now() - t;
      if (pulled !== 10_000) throw new Error(`pulled ${pulled} changes, expected 10000`);
      return ms;
    };
    const plain = () => {
      const db = new Database(join(dir, `plain-${rep++}.sqlite`));
      try {
        db.exec('CREATE TABLE rows (key TEXT PRIMARY KEY, fields TEXT NOT NULL)');
        const mutations = pipelineMutations(10_000, 'benchclient');
        const t = performance.now();
        const insert = db.prepare('INSERT INTO rows (key, fields) VALUES (?, ?)');
        db.transaction(() => {
          for (const m of mutations) insert.run(m.key, JSON.stringify(m.fields));
        })();
        const back = db.prepare('SELECT key, fields FROM rows').all().map((r) => JSON.parse((r as { fields: string }).fields));
        const ms = performance.now() - t;
        if (back.length !== 10_000) throw new Error('plain rows lost');
        return ms;
      } finally {
        db.close();
      }
    };
    const r = await interleave(3, real, plain);
    report('sync.10k_ms', r.value, 'ms', 5000, r.baseline);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
