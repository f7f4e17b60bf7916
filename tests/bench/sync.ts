import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../server/store/sqlite';
import { startServer } from '../../server/serve';
import { createTeamWithOwner } from '../../server/auth';
import { syncClient } from '../../lib/sync/http';
import type { WireMutation } from '../../lib/sync/wire';
import { report } from './report';

const fetchImpl = (url: string, init: RequestInit & { method: string; headers: Record<string, string> }) => fetch(url, init);

/** 10,000 mutations pushed by one client in batches of 500 and pulled by another, over loopback, SQLite. */
export async function benchSync(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scout-bench-sync-'));
  const store = createSqliteStore(join(dir, 'bench.sqlite'));
  const server = await startServer(store, 0, { rateLimit: 100_000 });
  try {
    const { token } = await createTeamWithOwner(store, 'bench');
    const api = syncClient(server.url, token, fetchImpl);
    const mutations: WireMutation[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: crypto.randomUUID(),
      table: 'pipeline',
      key: `creator_${i}`,
      op: 'put',
      fields: { handle: `creator_${i}`, stage: 'prospect', owner: 'bench', tags: ['q4'], notes: 'found on the marketplace', products: [], addedAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z' },
      hlc: `${String(1_795_000_000_000 + i).padStart(15, '0')}:00000:benchclient`,
    }));
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
    report('sync.10k_ms', ms, 'ms', 5000);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
