import { afterEach } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import type { Fetch } from '../../lib/sync/http';
import { freshDb } from './db-helpers';

/** The client's HTTP as the extension's: the platform fetch, on loopback. */
export const realFetch: Fetch = (url, init) => fetch(url, init);

/** A maker of fresh client databases (one per simulated install), each deleted after its test. */
export function clientDatabases(): () => ScoutDB {
  let dbs: ScoutDB[] = [];
  afterEach(async () => {
    for (const d of dbs) await d.delete();
    dbs = [];
  });
  return () => {
    const db = freshDb();
    dbs.push(db);
    return db;
  };
}
