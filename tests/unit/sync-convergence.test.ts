import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { listsRepo } from '../../storage/lists';
import { listMembersRepo } from '../../storage/list-members';
import { templatesRepo } from '../../storage/templates';
import { creatorsRepo } from '../../storage/creators';
import { outboxRepo } from '../../storage/outbox';
import { syncRejectedRepo } from '../../storage/sync-rejected';
import { syncOnce, type SyncConfig } from '../../storage/sync-engine';
import { syncClient } from '../../lib/sync/http';
import type { Change } from '../../lib/sync/wire';
import { wholeRow } from '../../lib/sync/tables';
import { freshDb } from './db-helpers';
import { startTestServer, STORE_KINDS, type TestServer } from './sync-helpers';
import { realFetch } from './sync-clients';
import { prng } from './prng';

// Issue 14 finding 6 and "deletes that converge": three clients, random interleavings of whole puts,
// partial updates, deletes, offline periods and clocks up to ±10 minutes off; afterwards every client
// holds exactly the server's state. Seeded, bounded in steps.

let dbs: ScoutDB[] = [];
afterEach(async () => {
  for (const d of dbs) await d.delete();
  dbs = [];
});


const HANDLES = ['mara', 'kim', 'lee'];
const LIST_IDS = ['l1', 'l2'];
const TEMPLATE_IDS = ['t1', 't2'];
const TABLES = ['creators', 'pipeline', 'lists', 'listMembers', 'templates'] as const;

async function dump(db: ScoutDB) {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await db.table(t).toArray();
  return out;
}

/** The server's rows as a client must hold them, read from the wire: a visible row must be a whole row. */
async function serverState(cfg: SyncConfig) {
  const api = syncClient(cfg.url, cfg.token, realFetch);
  const last = new Map<string, Change>();
  let cursor = 0;
  for (let i = 0; i < 100; i++) {
    const page = await api.pull(cursor, 1000);
    for (const c of page.changes) last.set(`${c.table}\u0000${c.key}`, c);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const db = freshDb();
  dbs.push(db);
  for (const c of last.values()) {
    if (c.deleted) continue;
    const row = wholeRow(c.table, c.key, c.fields);
    expect(row, `server row ${c.table}/${c.key} is a whole row: ${JSON.stringify(c.fields)}`).toBeDefined();
    await db.table(c.table).put(row);
  }
  return dump(db);
}

interface Client {
  db: ScoutDB;
  skewMs: number;
  online: boolean;
}

async function step(c: Client, rnd: () => number, cfg: SyncConfig, i: number) {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const now = new Date(Date.now() + c.skewMs + i);
  const db = c.db;
  const r = rnd();
  if (r < 0.12) {
    c.online = !c.online;
  } else if (r < 0.3) {
    if (c.online) await syncOnce(db, cfg, realFetch, { clock: () => Date.now() + c.skewMs });
  } else if (r < 0.4) {
    await pipelineRepo.add(db, pick(HANDLES), { owner: pick(['alex', 'sam']) }, now);
  } else if (r < 0.5) {
    const h = pick(HANDLES);
    if (await db.pipeline.get(h)) await pipelineRepo.update(db, h, pick([{ notes: `n${i}` }, { stage: pick(['contacted', 'replied'] as const) }, { tags: [`t${i}`] }]), now);
  } else if (r < 0.6) {
    const id = pick(LIST_IDS);
    const at = now.toISOString();
    await listsRepo.restore(db, { list: { id, name: `list ${i}`, createdAt: at, updatedAt: at }, members: [] }, now);
  } else if (r < 0.68) {
    const id = pick(LIST_IDS);
    if (await db.lists.get(id)) await listsRepo.rename(db, id, `renamed ${i}`, now);
  } else if (r < 0.76) {
    await listsRepo.remove(db, pick(LIST_IDS), now);
  } else if (r < 0.84) {
    await listMembersRepo.add(db, pick(LIST_IDS), pick(HANDLES), now);
  } else if (r < 0.88) {
    await listMembersRepo.remove(db, pick(LIST_IDS), pick(HANDLES), now);
  } else if (r < 0.92) {
    await templatesRepo.save(db, { id: pick(TEMPLATE_IDS), name: `tpl ${i}`, body: `body ${i}` }, now);
  } else if (r < 0.97) {
    // What a page showed: some fields each time, merged per field across the team.
    await creatorsRepo.observe(db, { handle: pick(HANDLES), ...pick([{ nickname: `N${i}` }, { followers: i * 100 }, { bio: `bio ${i}`, email: `e${i}@x.io` }]) }, [], now);
  } else {
    await templatesRepo.remove(db, pick(TEMPLATE_IDS), now);
  }
}

describe.each(STORE_KINDS)('randomized convergence on $name', (kind) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(kind);
  });
  afterAll(async () => s?.close());

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('seed %i: every client ends with exactly the server state', { timeout: 120_000 }, async (seed) => {
    const rnd = prng(seed);
    const cfg = { url: s.url, token: (await s.team()).token };
    const clients: Client[] = [-10, 0, 10].map((min) => {
      const db = freshDb();
      dbs.push(db);
      // Each clock off by up to ±10 minutes; the first sync learns the server's time.
      return { db, skewMs: Math.round(min * 60_000 * (0.5 + rnd() / 2)), online: rnd() < 0.5 };
    });
    const started = Date.now();
    for (let i = 0; i < 120 && Date.now() - started < 60_000; i++) await step(clients[Math.floor(rnd() * 3)]!, rnd, cfg, i);
    // Everyone reconnects: two rounds bring every change everywhere.
    for (let round = 0; round < 2; round++) for (const c of clients) await syncOnce(c.db, cfg, realFetch, { clock: () => Date.now() + c.skewMs });
    const expected = await serverState(cfg);
    for (const [n, c] of clients.entries()) {
      expect(await outboxRepo.count(c.db), `client ${n} outbox`).toBe(0);
      expect(await syncRejectedRepo.list(c.db), `client ${n} could-not-sync`).toEqual([]);
      expect(await dump(c.db), `client ${n} (seed ${seed})`).toEqual(expected);
    }
  });
});
