import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { settingsRepo } from '../../storage/settings';
import { throttledLive } from '../../storage/throttled-live';
import { freshDb } from './db-helpers';

let db: ScoutDB;
afterEach(() => db?.delete());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('throttledLive', () => {
  it('follows a burst of writes with a few re-reads, not one per write, and ends on the last state', async () => {
    db = freshDb();
    let loads = 0;
    let last = -1;
    const stop = throttledLive(db, ['pipeline'], async () => {
      loads++;
      // A slow full read, as 100k rows are.
      await sleep(40);
      return db.pipeline.count();
    }, (n) => (last = n));
    const at = new Date(Date.UTC(2026, 10, 24));
    // Each add is its own transaction, as each pulled page is.
    for (let i = 0; i < 40; i++) await pipelineRepo.add(db, `creator_${i}`, {}, at);
    for (let i = 0; i < 100 && last !== 40; i++) await sleep(20);
    stop();
    expect(last).toBe(40);
    // A liveQuery re-ran once per committed write (40); throttled it is a handful.
    expect(loads).toBeLessThan(15);
  });

  it('ignores tables it was not asked to follow, and stops', async () => {
    db = freshDb();
    // Creating the database is itself reported as a change of every table.
    await db.open();
    await sleep(30);
    let loads = 0;
    const stop = throttledLive(db, ['pipeline'], async () => ++loads, () => {});
    await sleep(30);
    await settingsRepo.put(db, 'sync.cursor', 5);
    await sleep(30);
    expect(loads).toBe(1);
    stop();
    await pipelineRepo.add(db, 'after_stop', {}, new Date());
    await sleep(30);
    expect(loads).toBe(1);
  });
});
