import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { pipelineRepo } from '../../storage/pipeline';
import { outreachRepo } from '../../storage/outreach';
import { outboxRepo } from '../../storage/outbox';
import { syncRejectedRepo } from '../../storage/sync-rejected';
import { syncOnce, type SyncConfig } from '../../storage/sync-engine';
import { syncClient } from '../../lib/sync/http';
import { createSqliteStore } from '../../server/store/sqlite';
import { createPostgresStore } from '../../server/store/postgres';
import { createTeamWithOwner } from '../../server/auth';
import type { Store } from '../../server/store/types';
import { freshDb } from './db-helpers';
import { PG_URL } from './sync-helpers';
import { realFetch } from './sync-clients';

// Issue 14 fault tests: real server processes on loopback, bounded in attempts and time.

const ENTRY = join(import.meta.dirname, 'fault-server.ts');
let cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});
const client = () => {
  const db = freshDb();
  cleanups.push(() => db.delete());
  return db;
};

interface Backend {
  env: Record<string, string>;
  open(): Store;
}

const backends: { name: string; make(): Promise<Backend> }[] = [
  {
    name: 'sqlite',
    async make() {
      const dir = mkdtempSync(join(tmpdir(), 'scout-fault-'));
      return { env: { DATA_DIR: dir }, open: () => createSqliteStore(join(dir, 'db.sqlite')) };
    },
  },
  ...(PG_URL
    ? [
        {
          name: 'postgres',
          async make() {
            const schema = `scout_fault_${randomBytes(4).toString('hex')}`;
            cleanups.push(async () => {
              const c = new pg.Client({ connectionString: PG_URL });
              await c.connect();
              await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
              await c.end();
            });
            return { env: { DATABASE_URL: PG_URL!, PG_SCHEMA: schema }, open: () => createPostgresStore(PG_URL!, schema) };
          },
        },
      ]
    : []),
];

/** Start the server as a child process; resolves with its URL once it listens. */
async function spawnServer(b: Backend, extra: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...b.env, ...extra };
  if (!b.env.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 30 s')), 30_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(line!).url);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child };
}

async function newTeam(b: Backend): Promise<string> {
  const store = b.open();
  await store.migrate();
  const { token } = await createTeamWithOwner(store, 'Fault team');
  await store.close();
  return token;
}

/** Every change the server holds for the team, by seq. */
async function serverChanges(cfg: SyncConfig) {
  const api = syncClient(cfg.url, cfg.token, realFetch);
  const page = await api.pull(0, 5000);
  return page.changes;
}

describe.each(backends)('fault tests on $name', (backend) => {
  it('the server SIGKILLed after committing a push, before answering: the client retries, nothing applied twice, nothing lost', { timeout: 90_000 }, async () => {
    const b = await backend.make();
    const token = await newTeam(b);
    const crashing = await spawnServer(b, { CRASH_AFTER_COMMIT: '1' });
    const a = client();
    await pipelineRepo.add(a, 'mara', {}, new Date());
    await outreachRepo.log(a, { handle: 'mara', channel: 'tiktok_dm', direction: 'out', author: 'alex' }, new Date());
    // The pipeline entry (added, then moved to contacted), the event, and the two stage changes.
    expect(await outboxRepo.count(a)).toBe(5);
    await expect(syncOnce(a, { url: crashing.url, token }, realFetch)).rejects.toThrow(/unreachable/);
    if (crashing.child.signalCode === null) await once(crashing.child, 'exit');
    expect(crashing.child.signalCode).toBe('SIGKILL');
    // The push committed although its answer never came: the outbox still holds it.
    expect(await outboxRepo.count(a)).toBe(5);

    const restarted = await spawnServer(b);
    const cfg = { url: restarted.url, token };
    const before = await serverChanges(cfg);
    expect(before.map((c) => c.seq)).toEqual([1, 2, 3, 4]);
    const r = await syncOnce(a, cfg, realFetch);
    expect(r.pushed).toBe(0);
    expect(await outboxRepo.count(a)).toBe(0);
    expect(await serverChanges(cfg)).toEqual(before);
    const other = client();
    await syncOnce(other, cfg, realFetch);
    expect(await other.outreach.count()).toBe(1);
    expect((await other.pipeline.get('mara'))!.stage).toBe('contacted');
  });

  it('a proxy that drops every other request: repeated syncs deliver everything exactly once', { timeout: 90_000 }, async () => {
    const b = await backend.make();
    const token = await newTeam(b);
    const upstream = await spawnServer(b);
    const target = new URL(upstream.url);
    let n = 0;
    const proxy: Server = createServer((req, res) => {
      const drop = n++ % 2 === 0;
      const up = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (upRes) => {
        // Dropped after the server did the work: the reply is lost, as on a flaky network.
        if (drop) return req.socket.destroy();
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on('error', () => req.socket.destroy());
      req.pipe(up);
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    cleanups.push(() => new Promise((r) => proxy.close(r)));
    proxy.on('connection', (s) => cleanups.push(() => s.destroy()));
    const cfg = { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, token };

    const [a, c] = [client(), client()];
    for (let i = 0; i < 30; i++) await pipelineRepo.add(a, `c${i}`, {}, new Date());
    await pipelineRepo.add(c, 'from_c', {}, new Date());
    let ok = 0;
    const failures: string[] = [];
    for (let attempt = 0; attempt < 10 && ok < 2; attempt++) {
      const results = [await syncOnce(a, cfg, realFetch).catch((e: Error) => e), await syncOnce(c, cfg, realFetch).catch((e: Error) => e)];
      failures.push(...results.flatMap((r) => (r instanceof Error ? [r.message] : [])));
      ok = results.every((r) => !(r instanceof Error)) ? ok + 1 : 0;
    }
    expect(failures).toEqual([]);
    expect(n).toBeGreaterThan(10);
    expect(ok).toBe(2);
    const direct = { url: upstream.url, token };
    const changes = await serverChanges(direct);
    // 31 pipeline entries and the first stage change of each.
    expect(changes).toHaveLength(62);
    expect(changes.at(-1)!.seq).toBe(62);
    for (const db of [a, c]) {
      expect(await db.pipeline.count()).toBe(31);
      expect(await outboxRepo.count(db)).toBe(0);
    }
  });

  it('two clients offline for a day with clocks 10 minutes apart converge after reconnecting', { timeout: 90_000 }, async () => {
    const b = await backend.make();
    const token = await newTeam(b);
    const server = await spawnServer(b);
    const cfg = { url: server.url, token };
    const day = 24 * 3600_000;
    const fast = { db: client(), skew: 5 * 60_000 };
    const slow = { db: client(), skew: -5 * 60_000 };
    // Both synced a day ago, then went offline.
    await pipelineRepo.add(fast.db, 'mara', {}, new Date(Date.now() - day - 3600_000 + fast.skew));
    await syncOnce(fast.db, cfg, realFetch, { clock: () => Date.now() + fast.skew });
    await syncOnce(slow.db, cfg, realFetch, { clock: () => Date.now() + slow.skew });
    // A day offline: edits through the day, each on its own wrong clock.
    for (let h = 0; h < 24; h += 3) {
      const at = (c: typeof fast) => new Date(Date.now() - day + h * 3600_000 + c.skew + (c === fast ? 1000 : 0));
      await pipelineRepo.update(fast.db, 'mara', { notes: `fast ${h}` }, at(fast));
      await pipelineRepo.update(slow.db, 'mara', { tags: [`slow ${h}`] }, at(slow));
      await pipelineRepo.add(h % 2 ? fast.db : slow.db, `c${h}`, {}, at(h % 2 ? fast : slow));
    }
    await pipelineRepo.update(slow.db, 'mara', { stage: 'replied' }, new Date(Date.now() + slow.skew));
    await pipelineRepo.update(fast.db, 'mara', { stage: 'negotiating' }, new Date(Date.now() + fast.skew - 60_000));
    for (let round = 0; round < 2; round++) for (const c of [slow, fast]) await syncOnce(c.db, cfg, realFetch, { clock: () => Date.now() + c.skew });
    const [fa, sa] = [await fast.db.pipeline.toArray(), await slow.db.pipeline.toArray()];
    expect(fa).toEqual(sa);
    expect(fa).toHaveLength(9);
    expect(fa.find((e) => e.handle === 'mara')).toMatchObject({ notes: 'fast 21', tags: ['slow 21'] });
    for (const c of [fast, slow]) expect(await syncRejectedRepo.count(c.db)).toBe(0);
  });
});
