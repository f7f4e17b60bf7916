import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createSqliteStore } from '../../server/store/sqlite';
import { createPostgresStore } from '../../server/store/postgres';
import type { Store } from '../../server/store/types';
import { addMember, createTeamWithOwner } from '../../server/auth';
import { syncClient } from '../../lib/sync/http';

/**
 * `npm run loadtest`: a team of simulated recruiters, one token each, pushing and pulling at once against
 * real server processes (`npm run server`, with its default per-token rate limit) on loopback: SQLite, one
 * PostgreSQL server, and two PostgreSQL servers on one database with the clients split between them.
 * Bounded: ROUNDS push+pull cycles per client and LIMIT_MS per scenario. One JSON line per scenario.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 30);
const BATCH = 50;
const LIMIT_MS = Number(process.env.LOAD_LIMIT_MS ?? 45_000);
/** A recruiter's client syncs in bursts, not in a tight loop: one push+pull cycle per 250 ms at most. */
const CYCLE_MS = 250;
/** p95 push latency the team expects from PostgreSQL at 50 clients. */
const PUSH_P95_TARGET_MS = 200;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(s.length * p))]! * 10) / 10 : 0;
};

/** A server process as `npm run server` runs it; resolves with its URL once it listens. */
/** Store time of each push as the servers log it (`ms`): what the database took, against the client's whole round trip. */
const serverPushMs: number[] = [];

async function startProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  // LOAD_PROFILE_DIR: each server process writes a V8 CPU profile there when it stops.
  const profile = process.env.LOAD_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(ROOT, 'server/cli/serve.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Its request log is read (and dropped) line by line so the pipe never fills; the first line has the URL.
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error('server did not start within 60 s'));
    }, 60_000);
    child.once('exit', (code) => rej(new Error(`server exited with ${code}`)));
    lines.on('line', (line) => {
      const ms = /"event":"push".*"ms":(\d+)/.exec(line);
      if (ms) serverPushMs.push(Number(ms[1]));
      const m = /"url":"([^"]+)"/.exec(line);
      if (m) {
        clearTimeout(timer);
        res(m[1]!);
      }
    });
  });
  return { url, child };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** The team: an owner and CLIENTS-1 members, created in the store the servers will use. */
async function team(store: Store, name: string): Promise<string[]> {
  await store.migrate();
  const owner = await createTeamWithOwner(store, name);
  const members = [];
  for (let i = 0; i < CLIENTS - 1; i++) members.push(await addMember(store, owner.teamId, `recruiter${i}`));
  return [owner.token, ...members.map((m) => m.token)];
}

/**
 * CPU time (ms) the server processes and the database's backends used: on a shared machine latency
 * follows everyone's load, CPU per request mostly does not. Linux only (/proc); 0 elsewhere.
 */
function cpuMs(pids: number[]): number {
  const tick = 10; // USER_HZ is 100 on Linux
  let total = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(f[11]) + Number(f[12])) * tick;
    } catch {
      // gone, or not Linux
    }
  }
  return total;
}
const postgresPids = () => {
  try {
    return readdirSync('/proc').filter((d) => /^\d+$/.test(d) && readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres').map(Number);
  } catch {
    return [];
  }
};

async function load(name: string, urls: string[], tokens: string[], servers: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + LIMIT_MS;
  const serverCpu0 = cpuMs(servers.map((s) => s.pid!));
  const dbCpu0 = cpuMs(postgresPids());
  // Backends that exit during the run take their CPU with them; the pools keep theirs open, so this is close.
  const pushMs: number[] = [];
  const pullMs: number[] = [];
  const errors: Record<string, number> = {};
  const fail = (err: unknown) => {
    const key = err instanceof Error ? err.message.slice(0, 80) : String(err);
    errors[key] = (errors[key] ?? 0) + 1;
  };
  let mutations = 0;
  serverPushMs.length = 0;
  const t0 = performance.now();
  await Promise.all(
    tokens.map(async (token, c) => {
      // Clients split between the servers, as recruiters behind DNS round-robin would be.
      const api = syncClient(urls[c % urls.length]!, token, (url, init) => fetch(url, init), 10_000);
      let cursor = 0;
      for (let r = 0; r < ROUNDS && Date.now() < deadline; r++) {
        const cycle = performance.now();
        const batch = Array.from({ length: BATCH }, (_, i) => ({
          id: crypto.randomUUID(),
          table: 'pipeline' as const,
          // Recruiters overlap on a shared pool of creators, as a team working one market does.
          key: `creator_${(r * BATCH + i * 7 + c * 13) % 5000}`,
          op: 'put' as const,
          fields: { stage: 'contacted', owner: `recruiter${c}`, notes: `round ${r}`, addedAt: '2026-11-01T09:00:00.000Z', updatedAt: new Date().toISOString() },
          hlc: `${String(Date.now()).padStart(15, '0')}:${String(i).padStart(5, '0')}:client${c}`,
        }));
        let t = performance.now();
        try {
          await api.push({ clientId: `client${c}`, mutations: batch });
          pushMs.push(performance.now() - t);
          mutations += BATCH;
        } catch (err) {
          fail(err);
        }
        t = performance.now();
        try {
          const page = await api.pull(cursor, 500);
          pullMs.push(performance.now() - t);
          cursor = page.cursor;
        } catch (err) {
          fail(err);
        }
        const rest = CYCLE_MS - (performance.now() - cycle);
        if (rest > 0) await new Promise((res) => setTimeout(res, rest));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const requests = pushMs.length + pullMs.length;
  const serverCpuPerRequest = Math.round(((cpuMs(servers.map((s) => s.pid!)) - serverCpu0) / Math.max(1, requests)) * 100) / 100;
  const dbCpuPerRequest = Math.round(((cpuMs(postgresPids()) - dbCpu0) / Math.max(1, requests)) * 100) / 100;
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify({
      name: `sync.load.${name}`,
      clients: tokens.length,
      servers: urls.length,
      seconds: Math.round(seconds * 10) / 10,
      mutations,
      mutationsPerSec: Math.round(mutations / seconds),
      requestsPerSec: Math.round((pushMs.length + pullMs.length) / seconds),
      pushMs: { p50: pct(pushMs, 0.5), p95: pct(pushMs, 0.95), p99: pct(pushMs, 0.99) },
      pullMs: { p50: pct(pullMs, 0.5), p95: pct(pullMs, 0.95), p99: pct(pullMs, 0.99) },
      storePushMs: { p50: pct(serverPushMs, 0.5), p95: pct(serverPushMs, 0.95), p99: pct(serverPushMs, 0.99) },
      cpuMsPerRequest: { server: serverCpuPerRequest, database: dbCpuPerRequest },
      loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
      errors: errorCount,
      ...(errorCount ? { errorKinds: errors } : {}),
      ...(name.startsWith('postgres') ? { pushP95TargetMs: PUSH_P95_TARGET_MS, met: errorCount === 0 && pct(pushMs, 0.95) <= PUSH_P95_TARGET_MS } : {}),
    }),
  );
}

async function sqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scout-load-'));
  try {
    const store = createSqliteStore(join(dir, 'creator-scout.sqlite'));
    const tokens = await team(store, 'load-sqlite');
    await store.close();
    // DATABASE_URL would make the server choose PostgreSQL over the SQLite file.
    const server = await startProcess({ DATA_DIR: dir, DATABASE_URL: '' });
    try {
      await load('sqlite', [server.url], tokens, [server.child]);
    } finally {
      await stopProcess(server.child);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(url: string, servers: number): Promise<void> {
  const schema = `scout_load_${randomBytes(4).toString('hex')}`;
  const store = createPostgresStore(url, schema);
  const procs: ChildProcess[] = [];
  try {
    const tokens = await team(store, `load-pg-${servers}`);
    // The server processes see the same schema through the connection's search_path.
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    const started = await Promise.all(Array.from({ length: servers }, () => startProcess({ DATABASE_URL: scoped.toString() })));
    procs.push(...started.map((s) => s.child));
    await load(servers === 1 ? 'postgres' : `postgres.${servers}servers`, started.map((s) => s.url), tokens, procs);
  } finally {
    await Promise.all(procs.map(stopProcess));
    await store.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  }
}

/** LOAD_SCENARIOS (comma-separated: sqlite, postgres, postgres.2servers) runs only those; default all. */
const only = process.env.LOAD_SCENARIOS?.split(',').map((s) => s.trim());
const wanted = (name: string) => !only || only.includes(name);
if (wanted('sqlite')) await sqlite();
if (process.env.DATABASE_URL) {
  if (wanted('postgres')) await postgres(process.env.DATABASE_URL, 1);
  if (wanted('postgres.2servers')) await postgres(process.env.DATABASE_URL, 2);
} else {
  console.error('DATABASE_URL not set: the PostgreSQL load tests were skipped');
}
