import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

// The server as production runs it: bundled by scripts/build-server.mjs, started with plain node.
const ROOT = resolve(import.meta.dirname, '../..');
// Inside the repository so the bundles find node_modules (better-sqlite3 and pg stay external).
const BUILD = join(ROOT, 'dist', `test-${process.pid}`);
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const DATA = mkdtempSync(join(tmpdir(), 'scout-prod-'));
const env = { ...process.env, DATA_DIR: DATA, LOG_LEVEL: 'info', RATE_LIMIT_RPS: '100000', DATABASE_URL: '' };

let server: ChildProcess | undefined;
let url = '';

function admin(...args: string[]) {
  const r = spawnSync(process.execPath, [join(BUILD, 'admin.mjs'), ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, lines: r.stdout.trim().split('\n').filter(Boolean), stderr: r.stderr };
}

/** Run the admin CLI without blocking this process, so pushes keep flowing while it works. */
function adminAsync(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [join(BUILD, 'admin.mjs'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), 30_000);
    p.on('exit', (status) => (clearTimeout(timer), done({ status, stdout, stderr })));
  });
}

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs', `--outdir=${BUILD}`, '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(built.status, built.stderr).toBe(0);
  server = spawn(process.execPath, [join(BUILD, 'serve.mjs')], { cwd: ROOT, env: { ...env, PORT: '0', HOST: '127.0.0.1' } });
  url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 20_000);
    server!.stderr!.on('data', (d) => (out += d));
    server!.stdout!.on('data', (d) => {
      out += d;
      const m = /"event":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (m) (clearTimeout(timer), done(m[1]!));
    });
    server!.on('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  rmSync(BUILD, { recursive: true, force: true });
  rmSync(DATA, { recursive: true, force: true });
});

const hlc = (clientId: string, counter: number) => `${String(Date.now()).padStart(15, '0')}:${String(counter % 100_000).padStart(5, '0')}:${clientId}`;

describe('production server (built JavaScript, plain node)', () => {
  it('runs without a TypeScript loader and reports its store and version on /v1/health', async () => {
    const health = await (await fetch(`${url}/v1/health`)).json();
    expect(health).toMatchObject({ ok: true, store: 'sqlite', version: VERSION });
    // Nothing in the bundle loads TypeScript at run time.
    expect(readFileSync(join(BUILD, 'serve.mjs'), 'utf8')).not.toMatch(/from ["']tsx|require\(["']tsx/);
  });

  it('keeps the admin contract: create-team and add-member print one JSON line', () => {
    const team = admin('create-team', 'Shop', 'A');
    expect(team.status, team.stderr).toBe(0);
    expect(team.lines).toHaveLength(1);
    const { teamId, token } = JSON.parse(team.lines[0]!);
    expect(teamId).toMatch(/\S/);
    expect(token).toMatch(/^cs_/);
    const member = admin('add-member', teamId, 'Sam');
    expect(member.lines).toHaveLength(1);
    expect(JSON.parse(member.lines[0]!)).toEqual({ memberId: expect.any(String), token: expect.stringMatching(/^cs_/) });
  });

  it('backs up the SQLite file consistently while the running server takes pushes', async () => {
    const { token } = JSON.parse(admin('create-team', 'Backup team').lines[0]!);
    const clientId = 'prodtest';
    let counter = 0;
    let acked = 0;
    const push = async (n: number) => {
      const mutations = Array.from({ length: n }, () => ({
        id: randomUUID(),
        table: 'pipeline',
        key: `creator_${counter}`,
        op: 'put',
        fields: { stage: 'prospect', notes: `note ${counter} `.padEnd(600, '·') },
        hlc: hlc(clientId, counter++),
      }));
      const r = await fetch(`${url}/v1/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ clientId, mutations }) });
      expect(r.status).toBe(200);
      acked += ((await r.json()) as { applied: string[] }).applied.length;
    };
    // A few megabytes first, so a copy takes long enough for pushes to land during it.
    for (let i = 0; i < 30; i++) await push(200);

    let pushing = true;
    const pusher = (async () => {
      const stopAt = Date.now() + 30_000;
      while (pushing && Date.now() < stopAt) await push(50);
    })();
    const results: { file: string; before: number; after: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const file = join(DATA, `backup-${i}.sqlite`);
      const before = acked;
      const r = await adminAsync('backup', file);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ file, bytes: expect.any(Number), pages: expect.any(Number) });
      results.push({ file, before, after: acked });
    }
    pushing = false;
    await pusher;
    // The copies really overlapped writes: pushes were acknowledged while a backup ran.
    expect(results.some((r) => r.after > r.before)).toBe(true);

    for (const { file, before, after } of results) {
      const copy = new Database(file, { readonly: true, fileMustExist: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const team = copy.prepare<[], { id: string; seq: number }>("SELECT id, seq FROM sync_teams WHERE name = 'Backup team'").get()!;
        const rows = copy.prepare<[string], { n: number; max: number }>('SELECT count(*) AS n, max(seq) AS max FROM sync_rows WHERE team_id = ?').get(team.id)!;
        const seen = copy.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sync_seen WHERE team_id = ?').get(team.id)!;
        // One snapshot: every push acknowledged before the copy began is in it, and each push is all there or not at all.
        expect(rows.n).toBeGreaterThanOrEqual(before);
        expect(rows.n).toBeLessThanOrEqual(after + 50);
        expect(rows.n % 50).toBe(0);
        expect(seen.n).toBe(rows.n);
        expect(team.seq).toBe(rows.max);
      } finally {
        copy.close();
      }
    }
  }, 90_000);

  it('refuses a backup for PostgreSQL, pointing to pg_dump, and names a missing database', async () => {
    const pgEnv = spawnSync(process.execPath, [join(BUILD, 'admin.mjs'), 'backup', join(DATA, 'x.sqlite')], { cwd: ROOT, env: { ...env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, encoding: 'utf8' });
    expect(pgEnv.status).toBe(1);
    expect(JSON.parse(pgEnv.stderr.trim()).error).toMatch(/pg_dump/);
    const missing = spawnSync(process.execPath, [join(BUILD, 'admin.mjs'), 'backup', join(DATA, 'y.sqlite')], { cwd: ROOT, env: { ...env, DATA_DIR: join(DATA, 'nothing-here') }, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr.trim()).error).toMatch(/no SQLite database at/);
  });
});
