import { z } from '../lib/zod';
import type { ScoutDB } from './db';
import { CLOCK_OFFSET, LAST_HLC, loadClock, outboxRepo } from './outbox';
import { getClientId, settingsRepo } from './settings';
import { applyChanges } from './sync-apply';
import { syncRejectedRepo } from './sync-rejected';
import { SyncHttpError, syncClient, type Fetch } from '../lib/sync/http';
import { backoffMs } from '../lib/sync/backoff';
import { hlcWallMs } from '../lib/sync/hlc';
import { jsonBytes, MAX_CLOCK_SKEW_MS, SYNC_LIMITS, type SyncLimits } from '../lib/sync/limits';
import { preflight, PUSH_ENVELOPE_BYTES } from '../lib/sync/preflight';
import type { OutboxEntry } from '../lib/model/mutation';
import { HLC_PATTERN, type PullResponse } from '../lib/sync/wire';
import { SyncStatus } from '../lib/model/sync-status';
import { ServerUrl } from '../lib/server-url';
import { t } from '../lib/i18n/t';

export const SyncConfig = z.object({
  url: ServerUrl,
  token: z.string().regex(/^cs_[a-f0-9]{16}_[A-Za-z0-9_-]{43}$/, 'that is not a Creator Scout team token'),
});
export type SyncConfig = z.infer<typeof SyncConfig>;

export { SyncStatus };

export const CONFIG_KEY = 'sync.config';
export const STATUS_KEY = 'sync.status';
const PULL_PAGE = 1000;
/** Bounds on one sync's loops: a misbehaving server cannot keep a sync running for ever. */
const MAX_PUSH_ROUNDS = 1000;
const MAX_PULL_PAGES = 10_000;
/** Restamp a queued change stamped this far ahead of the server's clock, well before the server would refuse it. */
const RESTAMP_AHEAD_MS = MAX_CLOCK_SKEW_MS / 2;

export async function getSyncConfig(db: ScoutDB): Promise<SyncConfig | undefined> {
  return SyncConfig.safeParse(await settingsRepo.get(db, CONFIG_KEY, undefined)).data;
}

export async function getSyncStatus(db: ScoutDB): Promise<SyncStatus> {
  return SyncStatus.safeParse(await settingsRepo.get(db, STATUS_KEY, {})).data ?? { failures: 0 };
}

const toWire = ({ id, table, key, op, fields, hlc }: OutboxEntry) => ({ id, table, key, op, fields, hlc });

/** The longest prefix of `pending` that fits one push under the server's limits (at least one entry). */
function takeBatch(pending: OutboxEntry[], limits: SyncLimits): OutboxEntry[] {
  let bytes = PUSH_ENVELOPE_BYTES;
  const batch: OutboxEntry[] = [];
  for (const m of pending) {
    const size = jsonBytes(toWire(m)) + 1;
    if (batch.length && (batch.length >= limits.mutationsPerPush || bytes + size > limits.bodyBytes)) break;
    batch.push(m);
    bytes += size;
  }
  return batch;
}

/**
 * Queued changes stamped well ahead of the server's clock (this computer's clock was ahead when they
 * were made, or it adopted a teammate's future stamp) get fresh stamps on the server's time, in queue order, so the server does not refuse them.
 */
async function restampAhead(db: ScoutDB, serverNowMs: number, localNowMs: number): Promise<void> {
  await db.transaction('rw', db.outbox, db.settings, async () => {
    // Also stamps no server accepts, such as the 6-digit counters an older version could reach.
    const ahead = await db.outbox.filter((m) => !HLC_PATTERN.test(m.hlc) || hlcWallMs(m.hlc) > serverNowMs + RESTAMP_AHEAD_MS).sortBy('seq');
    if (!ahead.length) return;
    const clock = await loadClock(db, localNowMs);
    for (const m of ahead) await db.outbox.update(m.seq!, { hlc: clock.now() });
    await db.settings.put({ key: LAST_HLC, value: clock.now() });
  });
}

/**
 * Push the outbox in batches sized by the server's limits. An entry leaves the outbox only once the
 * server acknowledged it (applied or duplicate: a lost reply is a harmless retry) or refused it (it
 * then moves to the could-not-sync list with the reason). A batch answered 400 or 413 is split until
 * the one change at fault is found and moved aside, so no change blocks the ones behind it.
 */
async function pushAll(db: ScoutDB, api: ReturnType<typeof syncClient>, clientId: string, limits: SyncLimits, now: () => Date): Promise<number> {
  let pushed = 0;
  const send = async (batch: OutboxEntry[]): Promise<void> => {
    let res;
    try {
      res = await api.push({ clientId, mutations: batch.map(toWire) });
    } catch (err) {
      if (!(err instanceof SyncHttpError) || (err.status !== 400 && err.status !== 413)) throw err;
      if (batch.length === 1) return syncRejectedRepo.reject(db, [{ entry: batch[0]!, reason: t('options.sync.refusedByServer', { error: err.message }) }], now());
      const half = Math.ceil(batch.length / 2);
      await send(batch.slice(0, half));
      return send(batch.slice(half));
    }
    await outboxRepo.acknowledge(db, [...res.applied, ...res.duplicates]);
    const byId = new Map(batch.map((m) => [m.id, m]));
    await syncRejectedRepo.reject(db, res.rejected.flatMap((r) => (byId.has(r.id) ? [{ entry: byId.get(r.id)!, reason: r.reason }] : [])), now());
    pushed += res.applied.length;
    const answered = new Set([...res.applied, ...res.duplicates, ...res.rejected.map((r) => r.id)]);
    if (batch.some((m) => !answered.has(m.id))) throw new Error(t('options.sync.partialAnswer'));
  };
  for (let round = 0; round < MAX_PUSH_ROUNDS; round++) {
    const pending = await outboxRepo.pending(db, limits.mutationsPerPush);
    if (!pending.length) return pushed;
    const refused = pending.flatMap((m) => {
      const reason = preflight(m, limits);
      return reason ? [{ entry: m, reason }] : [];
    });
    if (refused.length) {
      await syncRejectedRepo.reject(db, refused, now());
      continue;
    }
    await send(takeBatch(pending, limits));
  }
  return pushed;
}

/** Pull page by page from the stored cursor. */
async function pullAll(db: ScoutDB, api: ReturnType<typeof syncClient>, localNowMs: () => number): Promise<{ pulled: number; refused: string[] }> {
  let pulled = 0;
  const refused: string[] = [];
  const cursor = await settingsRepo.get(db, 'sync.cursor', 0);
  let next: Promise<PullResponse> | undefined = api.pull(cursor, PULL_PAGE);
  for (let i = 0; next && i < MAX_PULL_PAGES; i++) {
    const page: PullResponse = await next;
    // The next page is fetched (server, network, parse) while this one is written to IndexedDB. Pages are
    // still applied in order, each with its own cursor; if this one fails the fetched one is dropped.
    next = page.hasMore ? api.pull(page.cursor, PULL_PAGE) : undefined;
    next?.catch(() => {});
    const r = await applyChanges(db, page.changes, page.cursor, localNowMs());
    pulled += r.applied;
    refused.push(...r.refused);
  }
  return { pulled, refused };
}

export interface SyncOptions {
  /** This computer's clock (tests give each client its own). */
  clock?: () => number;
}

/**
 * One sync: read the server's limits and clock, push the outbox, then pull, whatever became of the
 * push: a failing push never stops teammates' changes from arriving. Throws the first failure after
 * both ran; nothing is dropped.
 */
export async function syncOnce(db: ScoutDB, config: SyncConfig, fetchImpl: Fetch, opts: SyncOptions = {}): Promise<{ pushed: number; pulled: number; refused: string[] }> {
  const clock = opts.clock ?? Date.now;
  const api = syncClient(config.url, config.token, fetchImpl);
  const clientId = await getClientId(db);
  let limits: SyncLimits = SYNC_LIMITS;
  let pushed = 0;
  let pushError: unknown;
  try {
    const t0 = clock();
    // A server older than the limits on /v1/health answers 404: push with the defaults (a 413 is split anyway).
    const health = await api.health().catch((err) => {
      if (err instanceof SyncHttpError && err.status === 404) return undefined;
      throw err;
    });
    if (health) limits = health.limits;
    if (health?.time !== undefined) {
      const t1 = clock();
      await settingsRepo.put(db, CLOCK_OFFSET, Math.round(health.time - (t0 + t1) / 2));
      await restampAhead(db, health.time + (t1 - t0), t1);
    }
    pushed = await pushAll(db, api, clientId, limits, () => new Date(clock()));
  } catch (err) {
    pushError = err;
  }
  let pulled;
  try {
    pulled = await pullAll(db, api, clock);
  } catch (err) {
    throw pushError ?? err;
  }
  if (pushError) throw pushError;
  return { pushed, ...pulled };
}

/** Run a sync and record its outcome; on failure, when to try again (exponential backoff with jitter). */
export async function syncAndRecord(db: ScoutDB, fetchImpl: Fetch, now: () => Date = () => new Date(), random = Math.random): Promise<SyncStatus & { retryInMs?: number }> {
  const config = await getSyncConfig(db);
  const prev = await getSyncStatus(db);
  if (!config) return prev;
  try {
    const r = await syncOnce(db, config, fetchImpl);
    const refused = [...r.refused, ...(prev.refused ?? [])].slice(0, 20);
    const status: SyncStatus = { lastSyncAt: now().toISOString(), failures: 0, ...(refused.length ? { refused } : {}) };
    await settingsRepo.put(db, STATUS_KEY, status);
    return status;
  } catch (err) {
    const failures = prev.failures + 1;
    const retryInMs = backoffMs(failures, random());
    const status: SyncStatus = {
      lastSyncAt: prev.lastSyncAt,
      lastError: err instanceof Error ? err.message : String(err),
      failures,
      nextRetryAt: new Date(now().getTime() + retryInMs).toISOString(),
      ...(prev.refused ? { refused: prev.refused } : {}),
    };
    await settingsRepo.put(db, STATUS_KEY, status);
    return { ...status, retryInMs };
  }
}
