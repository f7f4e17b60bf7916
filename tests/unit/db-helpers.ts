import { ScoutDB } from '../../storage/db';

let n = 0;
/** A fresh database per test on the real (fake-indexeddb) IndexedDB. */
export function freshDb(upTo = Infinity): ScoutDB {
  return new ScoutDB(`test-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`, upTo);
}
