import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../lib/reports';
import { gmvBreakdown } from '../../lib/reports/gmv';
import { reportCsv } from '../../lib/reports/report-csv';
import { parseCsvRecords } from '../../lib/csv';

// 17 creators first contacted by the "Intro" template, 9 of whom replied: 52.94…%.
const input: ReportInput = {
  pipeline: Array.from({ length: 17 }, (_, i) => ({ handle: `c${i}`, stage: i < 9 ? 'replied' : 'contacted', owner: 'alice', addedAt: '2026-11-01T00:00:00.000Z' })),
  stageChanges: [],
  outreach: Array.from({ length: 17 }, (_, i) => ({ id: `o${i}`, handle: `c${i}`, at: '2026-11-03T10:00:00.000Z', channel: 'email' as const, direction: 'out' as const, templateId: 'tpl-1', author: 'alice' })),
  samples: [{ handle: 'c1', sentAt: '2026-11-04T10:00:00.000Z' }],
  performance: [
    { handle: 'c1', gmv: 12345.5, orders: 30, commission: 1234.55, productId: 'p9', periodStart: '2026-11-01', periodEnd: '2026-11-30' },
    { handle: 'c2', gmv: 100, periodStart: '2026-11-01', periodEnd: '2026-11-30' },
  ],
};
const filter = { from: '2026-11-02', to: '2026-11-08', owner: 'Alice' };

function sections(csv: string) {
  const records = parseCsvRecords(csv.replace(/^\uFEFF/, ''), ',');
  const out = new Map<string, string[][]>();
  let current = 'header';
  for (const r of records) {
    if (r.cells.length === 1 && r.cells[0]) {
      current = r.cells[0];
      out.set(current, []);
    } else (out.get(current) ?? out.set(current, []).get(current)!).push(r.cells);
  }
  return out;
}

describe('the report CSV stands on its own (issue 20, finding 4)', () => {
  const csv = reportCsv({
    report: buildReport(input, filter, '2026-11-09T00:00:00.000Z'),
    previous: buildReport(input, { ...filter, from: '2026-10-26', to: '2026-11-01' }, '2026-11-09T00:00:00.000Z'),
    previousPeriod: { from: '2026-10-26', to: '2026-11-01' },
    gmv: gmvBreakdown(input, filter),
    filter,
    generatedAt: '2026-11-09T08:00:00.000Z',
    currency: 'USD',
    templates: new Map([['tpl-1', 'Intro']]),
    products: new Map([['p9', 'Vitamin C serum']]),
  });
  const s = sections(csv);

  it('says which period, owner, time and currency it covers, and that monthly GMV is not prorated', () => {
    const head = Object.fromEntries(s.get('header')!.slice(1).map(([k, v]) => [k, v]));
    expect(head).toMatchObject({ Period: '2026-11-02 to 2026-11-08 (UTC days, inclusive)', 'Compared with': '2026-10-26 to 2026-11-01', Owner: 'Alice', 'Generated at': '2026-11-09T08:00:00.000Z', Currency: 'USD' });
    expect(head['GMV note']).toContain('2026-11-01 to 2026-11-30');
  });

  it('has template names, percentages as numbers, the median, sends by week and author, GMV total, per sample and by product', () => {
    const byTemplate = s.get('Response rate by template of the first message')!;
    expect(byTemplate).toEqual([['Group', 'Contacted', 'Replied', 'Reply rate %', 'Median hours to reply'], ['Intro', '17', '9', '52.9', '']]);
    expect(s.get('Response rate overall')![1]).toEqual(['All first messages', '17', '9', '52.9', '']);
    expect(s.get('Messages sent by week (Monday, UTC)')).toEqual([['Week of', 'Channel', 'Sent'], ['2026-11-02', 'Email', '17']]);
    expect(s.get('Messages sent by author')).toEqual([['Author', 'Sent'], ['alice', '17']]);
    expect(s.get('GMV')).toEqual([['GMV total (USD)', 'GMV per sample sent (USD)'], ['12445.5', '12345.5']]);
    expect(s.get('GMV by product')).toEqual([['Name', 'GMV (USD)', 'Orders', 'Commission (USD)'], ['Vitamin C serum', '12345.5', '30', '1234.55'], ['(all products)', '100', '0', '0']]);
    const summary = Object.fromEntries(s.get('Summary')!.slice(1).map((r) => [r[0], r.slice(1)]));
    expect(summary['Reply rate %']).toEqual(['52.9', '', '']);
    expect(summary['Creators contacted']).toEqual(['17', '0', '17']);
    expect(summary['GMV (USD)']).toEqual(['12445.5', '12445.5', '0']);
    expect(s.get('Funnel (17 creators; 0 declined, 0 not a fit)')![0]).toEqual(['Stage', 'At this stage now', 'Reached at least', 'Conversion from previous step %']);
    // Nothing raw: no template id, no long fractions.
    expect(csv).not.toContain('tpl-1');
    expect(csv).not.toMatch(/(^|,)\d+\.\d{3,}(,|\r)/m);
  });
});
