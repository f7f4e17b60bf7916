import { it, expect } from 'vitest';
import { liveQuery } from 'dexie';
import { freshDb } from './db-helpers';
import { loadReportInput } from '../../storage/reports';
import { buildReport } from '../../lib/reports';
import { performanceRepo } from '../../storage/performance';

// The dashboard reads reports through liveQuery: an import must refresh them without a reload.
it('the activity report is live: a performance import shows without reloading', async () => {
  const db = freshDb();
  const seen: number[] = [];
  const sub = liveQuery(() => loadReportInput(db)).subscribe((r) => seen.push(buildReport(r.input, {}, '2026-11-30T00:00:00Z').gmv.total));
  await new Promise((r) => setTimeout(r, 200));
  await performanceRepo.importRows(db, [{ id: 'x', handle: 'a', period: '2026-11', gmv: 5, orders: 1, commission: 1, currency: 'USD' }], new Date());
  await new Promise((r) => setTimeout(r, 300));
  sub.unsubscribe();
  await db.delete();
  expect(seen).toEqual([0, 5]);
});
