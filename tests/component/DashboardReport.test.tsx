import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { WeeklyReport } from '../../entrypoints/dashboard/WeeklyReport';
import { setMessages } from '../../lib/i18n/t';
import { buildReport, type ReportInput } from '../../lib/reports';
import { gmvBreakdown } from '../../lib/reports/gmv';
import { headerLines, reportCsv, type ReportDocument } from '../../lib/reports/report-csv';
import { parsePerformanceCsv } from '../../lib/reports/performance';
import { describeCsvError, parseCreatorsCsv, parseCsvRecords } from '../../lib/csv';
import { shortDate } from '../../lib/format';
import { messagesFor } from '../setup/i18n-catalog';

// 17 creators first contacted by the "Intro" template in the week of 2026-11-02, 9 of whom replied.
const input: ReportInput = {
  pipeline: Array.from({ length: 17 }, (_, i) => ({ handle: `c${i}`, stage: i < 9 ? 'replied' : 'contacted', owner: 'alice', addedAt: '2026-11-01T00:00:00.000Z' })),
  stageChanges: [],
  outreach: Array.from({ length: 17 }, (_, i) => ({ id: `o${i}`, handle: `c${i}`, at: '2026-11-03T10:00:00.000Z', channel: 'email' as const, direction: 'out' as const, templateId: 'tpl-1', author: 'alice' })),
  samples: [{ handle: 'c1', sentAt: '2026-11-04T10:00:00.000Z' }],
  performance: [{ handle: 'c1', gmv: 12345.5, orders: 30, commission: 1234.55, productId: 'p9', periodStart: '2026-11-01', periodEnd: '2026-11-30' }],
  creators: [{ handle: 'c1', followers: 50_000 }],
};
const filter = { from: '2026-11-02', to: '2026-11-08' };
const previousPeriod = { from: '2026-10-26', to: '2026-11-01' };
const doc = (): ReportDocument => ({
  report: buildReport(input, filter, '2026-11-09T00:00:00.000Z'),
  previous: buildReport(input, previousPeriod, '2026-11-09T00:00:00.000Z'),
  previousPeriod,
  gmv: gmvBreakdown(input, filter),
  filter,
  generatedAt: '2026-11-09T08:00:00.000Z',
  currency: 'USD',
  templates: new Map([['tpl-1', 'Intro']]),
  products: new Map([['p9', 'Vitamin C serum']]),
});
const text = (sel: string) => document.querySelector(sel)?.textContent;

afterEach(async () => setMessages(await messagesFor('en')));

describe('the weekly report in the reader’s language', () => {
  it('English: figures, money and rates through Intl', () => {
    render(<WeeklyReport doc={doc()} />);
    expect(text('[data-scout="funnel"] h2')).toBe('Funnel (17 creators; 0 declined, 0 not a fit)');
    expect(text('[data-kpi="reply-rate"] [data-part="value"]')).toBe('52.9%');
    expect(text('[data-kpi="gmv"] [data-part="value"]')).toBe('$12,345.50');
    expect(text('[data-kpi="contacts"] [data-part="change"]')).toBe('+17');
    expect(text('[data-scout="gmv-total"]')).toBe('$12,345.50');
    expect(screen.getByText('Sample videos posted')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'By follower tier' })).toBeTruthy();
    expect([...document.querySelectorAll('[data-scout="report-gmv-by-tier"] td')].map((td) => td.textContent)).toEqual(['Micro', '$12,345.50', '30', '$1,234.55']);
  });

  it('German: translated text, German number, money and date notation; the CSV keeps numbers as numbers', async () => {
    setMessages(await messagesFor('de'));
    render(<WeeklyReport doc={doc()} />);
    expect(text('[data-scout="funnel"] h2')).toBe('Funnel (17 Creator; 0 abgelehnt, 0 passen nicht)');
    expect(text('[data-kpi="reply-rate"] [data-part="value"]')).toBe('52,9\u00a0%');
    expect(text('[data-kpi="gmv"] [data-part="value"]')).toBe('12.345,50\u00a0$');
    expect(screen.getByText('Gepostete Sample-Videos')).toBeTruthy();
    expect(screen.getByText('Nach Vorlage der ersten Nachricht')).toBeTruthy();
    expect(text('[data-scout="gmv-coverage"]')).toContain('01.11.2026 bis 30.11.2026');
    // The sends table shows the week as a German date; the CSV keeps the ISO day and bare numbers.
    expect(text('[data-scout="report-sent-per-week"] tbody tr td')).toBe(shortDate('2026-11-02'));
    expect(shortDate('2026-11-02')).toBe('02.11.2026');
    const records = parseCsvRecords(reportCsv(doc()).replace(/^\uFEFF/, ''), ',').map((r) => r.cells);
    expect(records[0]).toEqual(['Creator Scout Bericht', '']);
    expect(records).toContainEqual(['Zeitraum', '2026-11-02 bis 2026-11-08 (UTC-Tage, einschließlich)']);
    expect(records).toContainEqual(['Gesendete Nachrichten nach Woche (Montag, UTC)']);
    expect(records.find((r) => r[0] === '2026-11-02')).toEqual(['2026-11-02', 'E-Mail', '17']);
    expect(records).toContainEqual(['Antwortquote %', '52.9', '', '']);
    expect(records).toContainEqual(['GMV (USD)', '12345.5', '12345.5', '0']);
    // On screen the header block uses the reader's dates.
    expect(headerLines(doc(), { day: shortDate, moment: (iso) => iso })[0]).toEqual(['Zeitraum', '02.11.2026 bis 08.11.2026 (UTC-Tage, einschließlich)']);
  });

  it('Japanese: translated headings, counts in the sentence, yen-style notation for another currency', async () => {
    setMessages(await messagesFor('ja'));
    render(<WeeklyReport doc={{ ...doc(), currency: 'JPY' }} />);
    expect(text('[data-scout="funnel"] h2')).toBe('ファネル（クリエイター17人、辞退0人、対象外0人）');
    expect(screen.getByText('最初のメッセージのテンプレート別')).toBeTruthy();
    expect(text('[data-kpi="gmv"] [data-part="value"]')).toMatch(/^[￥¥]12,346$/);
  });

  it('CSV import errors read in the reader’s language, with the line and row kept', async () => {
    setMessages(await messagesFor('de'));
    const { errors } = parseCreatorsCsv('handle,followers\nbad handle!,1\n');
    expect(errors).toEqual([{ line: 2, row: 2, message: 'Handle „bad handle!“ ist kein TikTok-Handle' }]);
    expect(describeCsvError(errors[0]!)).toBe('Zeile 2: Handle „bad handle!“ ist kein TikTok-Handle');
    expect(parsePerformanceCsv('Creator,Period,GMV\nc_1,Nov,10\n').errors).toEqual([{ line: 2, message: 'Zeitraum „Nov“ muss wie 2026-10 oder 2026-10-07 aussehen' }]);
  });
});
