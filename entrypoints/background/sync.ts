import { browser } from 'wxt/browser';
import type { ScoutDB } from '../../storage/db';
import { syncAndRecord, type SyncStatus } from '../../storage/sync-engine';

const PERIODIC = 'sync';
const RETRY = 'sync-retry';
const DEBOUNCE_MS = 3000;

/**
 * The sync loop of the service worker: after changes (debounced), on a periodic alarm, and on a retry
 * alarm set by the backoff. Alarms, not timers, carry the schedule: the worker may be stopped any time.
 */
export function startSyncLoop(db: ScoutDB) {
  let running: Promise<SyncStatus> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (): Promise<SyncStatus> => {
    running ??= syncAndRecord(db, (url, init) => fetch(url, init))
      .then(async (status) => {
        if ('retryInMs' in status && typeof status.retryInMs === 'number') await browser.alarms.create(RETRY, { when: Date.now() + status.retryInMs });
        else await browser.alarms.clear(RETRY);
        return status;
      })
      .finally(() => (running = undefined));
    return running;
  };

  browser.alarms.create(PERIODIC, { periodInMinutes: 5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC || alarm.name === RETRY) void run();
  });
  void run();

  return {
    runNow: run,
    changed() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), DEBOUNCE_MS);
    },
  };
}
