import { browser } from 'wxt/browser';
import type { ScoutDB } from '../../storage/db';
import { refreshLearned } from '../../storage/learned-models';

const ALARM = 'score-learn';
/** Changes come in bursts (a bulk add, a sync pull): fit once they settle. */
const SETTLE_MS = 30_000;

/**
 * Keeps the learned score models fresh in the background (never on a page or the popup): on start and
 * after changes settle when the history's fingerprint moved, and hourly in full; refreshLearned refits
 * only when the labelled history moved by a tenth.
 */
export function startLearner(db: ScoutDB) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const run = async (check: 'quick' | 'full') => {
    if (running) return;
    running = true;
    try {
      await refreshLearned(db, new Date(), check);
    } catch (err) {
      console.warn('Creator Scout: fitting the learned score failed', err);
    } finally {
      running = false;
    }
  };
  browser.alarms.create(ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void run('full');
  });
  timer = setTimeout(() => void run('quick'), 5_000);
  return {
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => void run('quick'), SETTLE_MS);
    },
  };
}
