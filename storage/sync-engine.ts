import { z } from '../lib/zod';
import type { ScoutDB } from './db';
import { outboxRepo } from './outbox';
import { getClientId, settingsRepo } from './settings';
import { applyChanges } from './sync-apply';
import { syncClient, type Fetch } from '../lib/sync/http';
import { backoffMs } from '../lib/sync/backoff';
import { SyncStatus } from '../lib/model/sync-status';
import { ServerUrl } from '../lib/server-url';

export const SyncConfig = z.object({
  url: ServerUrl,
  token: z.string().regex(/^cs_[a-f0-9]{16}_[A-Za-z0-9_-]{43}$/, 'that is not a Creator Scout team token'),
});
export type SyncConfig = z.infer<typeof SyncConfig>;

export { SyncStatus };

export const CONFIG_KEY = 'sync.config';
export const STATUS_KEY = 'sync.status';
const PUSH_BATCH = 500;
const PULL_PAGE = 1000;

export async function getSyncConfig(db: ScoutDB): Promise<SyncConfig | undefined> {
  return SyncConfig.safeParse(await settingsRepo.get(db, CONFIG_KEY, undefined)).data;
}

export async function getSyncStatus(db: ScoutDB): Promise<SyncStatus> {
  return SyncStatus.safeParse(await settingsRepo.get(db, STATUS_KEY, {})).data ?? { failures: 0 };
}

/**
 * One sync: push the outbox in batches (an entry leaves the outbox only once the server acknowledged
 * it, as applied or as a duplicate, so a lost reply just means a harmless retry), then pull page by page
 * from the stored cursor. Throws on any failure; nothing is dropped.
 */
export async function syncOnce(db: ScoutDB, config: SyncConfig, fetchImpl: Fetch): Promise<{ pushed: number; pulled: number }> {
  const api = syncClient(config.url, config.token, fetchImpl);
  const clientId = await getClientId(db);
  let pushed = 0;
  for (;;) {
    const batch = await outboxRepo.pending(db, PUSH_BATCH);
    if (!batch.length) break;
    const res = await api.push({ clientId, mutations: batch.map(({ id, table, key, op, fields, hlc }) => ({ id, table, key, op, fields, hlc })) });
    const acked = new Set([...res.applied, ...res.duplicates]);
    await outboxRepo.acknowledge(db, [...acked]);
    pushed += res.applied.length;
    if (batch.some((m) => !acked.has(m.id))) throw new Error('the server did not acknowledge every mutation; will retry');
  }
  let pulled = 0;
  let cursor = await settingsRepo.get(db, 'sync.cursor', 0);
  for (;;) {
    const page = await api.pull(cursor, PULL_PAGE);
    const r = await applyChanges(db, page.changes, page.cursor);
    pulled += r.applied;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { pushed, pulled };
}

/** Run a sync and record its outcome; on failure, when to try again (exponential backoff with jitter). */
export async function syncAndRecord(db: ScoutDB, fetchImpl: Fetch, now: () => Date = () => new Date(), random = Math.random): Promise<SyncStatus & { retryInMs?: number }> {
  const config = await getSyncConfig(db);
  const prev = await getSyncStatus(db);
  if (!config) return prev;
  try {
    await syncOnce(db, config, fetchImpl);
    const status: SyncStatus = { lastSyncAt: now().toISOString(), failures: 0 };
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
    };
    await settingsRepo.put(db, STATUS_KEY, status);
    return { ...status, retryInMs };
  }
}
