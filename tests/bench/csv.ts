import { toCsv } from '../../lib/csv';
import { bench, timed } from './report';
import { STAGES } from './seed';

/**
 * CSV export of 50,000 and 100,000 pipeline rows (Node; the same code runs in the popup), against joining
 * the same strings with commas and newlines, no quoting or escaping.
 */
export async function benchCsv(): Promise<void> {
  for (const [n, name, budget] of [[50_000, 'csv.export50k_ms', 1000], [100_000, 'csv.export100k_ms', 2000]] as const) {
    const rows = csvRows(n);
    const columns = Object.keys(rows[0]!);
    const real = () => {
      if (toCsv(rows, columns).length < n * 20) throw new Error('export too small');
    };
    const plain = () => {
      const lines: string[] = [columns.join(',')];
      for (const r of rows) lines.push(columns.map((c) => String((r as Record<string, unknown>)[c] ?? '')).join(','));
      if (lines.join('\n').length < n * 20) throw new Error('plain join too small');
    };
    await bench(name, 'ms', budget, 5, () => timed(real), () => timed(plain));
  }
}

function csvRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    handle: `creator_${i}`,
    nickname: i % 10 ? `Creator ${i}` : `=cmd|' /C calc'!A0`,
    followers: 1000 + i,
    tier: 'micro',
    score: i % 101,
    stage: STAGES[i % STAGES.length],
    owner: 'alex',
    tags: ['q4', 'beauty'],
    email: `c${i}@example.com`,
    nextFollowUpAt: '2026-11-30T09:00:00.000Z',
    notes: i % 3 ? '' : 'said "yes", follow up\nnext week',
    updatedAt: '2026-11-24T10:00:00.000Z',
  }));
}
