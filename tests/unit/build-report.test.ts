import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../lib/reports';
import { gmvBreakdown } from '../../lib/reports/gmv';
import { previousPeriod, weekOf } from '../../lib/reports/period';
import type { Stage } from '../../lib/model/pipeline';

// A small team history, counted by hand below (every expected figure is written out, not computed).
const at = (d: string) => `2026-${d}:00.000Z`;
const chain = (handle: string, stages: Stage[]) => stages.map((to, i) => ({ handle, to, at: at(`10-${String(10 + i).padStart(2, '0')}T09:00`) }));
const INPUT = {
  pipeline: [
    { handle: 'a', stage: 'declined', owner: 'Bob ', addedAt: at('10-01T00:00') },
    { handle: 'b', stage: 'negotiating', owner: 'alice', addedAt: at('10-01T00:00') },
    { handle: 'c', stage: 'contacted', owner: 'bob', addedAt: at('10-01T00:00') },
    { handle: 'd', stage: 'prospect', addedAt: at('10-01T00:00') },
    { handle: 'e', stage: 'not_a_fit', owner: 'BOB', addedAt: at('10-01T00:00') },
    { handle: 'f', stage: 'posted', owner: 'alice', addedAt: at('10-01T00:00') },
    { handle: 'g', stage: 'contacted', owner: 'alice', addedAt: at('10-01T00:00') },
  ],
  stageChanges: [
    ...chain('a', ['prospect', 'contacted', 'declined']),
    ...chain('b', ['prospect', 'contacted', 'replied', 'negotiating']),
    ...chain('c', ['prospect', 'contacted']),
    ...chain('d', ['prospect']),
    ...chain('e', ['prospect', 'not_a_fit']),
    ...chain('f', ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted']),
    ...chain('g', ['prospect', 'contacted']),
  ],
  outreach: [
    { id: '1', handle: 'a', at: at('11-02T10:00'), channel: 'email', direction: 'out', templateId: 'T1', author: 'alice' },
    { id: '2', handle: 'a', at: at('11-10T10:00'), channel: 'tiktok_dm', direction: 'out', templateId: 'T2', author: 'alice' },
    { id: '3', handle: 'b', at: at('11-03T08:00'), channel: 'tiktok_dm', direction: 'out', templateId: 'T2', author: 'alice' },
    { id: '4', handle: 'b', at: at('11-03T10:00'), channel: 'tiktok_dm', direction: 'in' },
    { id: '5', handle: 'c', at: at('10-27T12:00'), channel: 'email', direction: 'out', templateId: 'T1', author: 'bob' },
    { id: '6', handle: 'c', at: at('11-01T13:30'), channel: 'email', direction: 'in' },
    { id: '7', handle: 'c', at: at('11-04T10:00'), channel: 'email', direction: 'out', templateId: 'T2', author: 'bob' },
    { id: '8', handle: 'c', at: at('11-04T11:30'), channel: 'tiktok_dm', direction: 'in' },
    { id: '9', handle: 'f', at: at('11-05T09:00'), channel: 'seller_center_invite', direction: 'out' },
    { id: '10', handle: 'g', at: at('11-02T07:00'), channel: 'tiktok_dm', direction: 'in' },
    { id: '11', handle: 'g', at: at('11-06T00:00'), channel: 'tiktok_dm', direction: 'out', author: 'alice' },
  ],
  samples: [
    { handle: 'f', sentAt: at('11-03T12:00'), deliveredAt: at('11-06T12:00'), postedAt: at('11-12T12:00') },
    { handle: 'b', sentAt: at('10-20T12:00'), deliveredAt: at('10-25T12:00') },
    { handle: 'f', sentAt: at('11-08T23:30') },
  ],
  performance: [
    { handle: 'f', gmv: 1000, orders: 10, commission: 100, productId: 'P1', periodStart: '2026-11-01', periodEnd: '2026-11-30' },
    { handle: 'b', gmv: 300, orders: 3, commission: 30, periodStart: '2026-10-01', periodEnd: '2026-10-31' },
    { handle: 'c', gmv: 200, orders: 2, commission: 20, productId: 'P2', periodStart: '2026-11-01', periodEnd: '2026-11-30' },
    { handle: 'f', gmv: 50, orders: 1, commission: 5, periodStart: '2026-10-01', periodEnd: '2026-10-31' },
  ],
  creators: [{ handle: 'f', followers: 50_000 }, { handle: 'c', followers: 5_000 }],
} as ReportInput;
const NOW = '2026-11-20T00:00:00.000Z';
const WEEK = { from: '2026-11-02', to: '2026-11-08' };

describe('buildReport (DESIGN §8b), hand-counted', () => {
  it('funnel: reached from stage history, outbound and inbound-after-outbound; declined and not a fit count for what they passed', () => {
    const r = buildReport(INPUT, {}, NOW);
    expect(r.funnel).toEqual({
      total: 7,
      declined: 1,
      notAFit: 1,
      steps: [
        { stage: 'prospect', now: 1, reached: 7 },
        { stage: 'contacted', now: 2, reached: 5, conversion: 5 / 7 },
        { stage: 'replied', now: 0, reached: 3, conversion: 3 / 5 },
        { stage: 'negotiating', now: 1, reached: 2, conversion: 2 / 3 },
        { stage: 'sample_sent', now: 0, reached: 1, conversion: 1 / 2 },
        { stage: 'posted', now: 1, reached: 1, conversion: 1 },
        { stage: 'active', now: 0, reached: 0, conversion: 0 },
      ],
    });
  });

  it('responses: cohort by first outbound ever, a refusal is an answer, median over inbound replies only', () => {
    const r = buildReport(INPUT, {}, NOW);
    expect(r.responses.overall).toEqual({ key: 'all', contacted: 5, replied: 4, rate: 0.8, medianHoursToReply: (2 + 121.5) / 2 });
    expect(r.responses.byChannel).toEqual([
      { key: 'email', contacted: 2, replied: 2, rate: 1, medianHoursToReply: 121.5 },
      { key: 'tiktok_dm', contacted: 2, replied: 1, rate: 0.5, medianHoursToReply: 2 },
      { key: 'seller_center_invite', contacted: 1, replied: 1, rate: 1 },
    ]);
    expect(r.responses.byTemplate).toEqual([
      { key: '', contacted: 2, replied: 1, rate: 0.5 },
      { key: 'T1', contacted: 2, replied: 2, rate: 1, medianHoursToReply: 121.5 },
      { key: 'T2', contacted: 1, replied: 1, rate: 1, medianHoursToReply: 2 },
    ]);
  });

  it('with a period: the cohort is who was first contacted in it; sends, samples and overlapping GMV of the period', () => {
    const r = buildReport(INPUT, WEEK, NOW);
    expect(r.responses.overall).toEqual({ key: 'all', contacted: 4, replied: 3, rate: 0.75, medianHoursToReply: 2 });
    expect(r.sends.byWeek).toEqual([
      { week: '2026-11-02', channel: 'tiktok_dm', count: 2 },
      { week: '2026-11-02', channel: 'email', count: 2 },
      { week: '2026-11-02', channel: 'seller_center_invite', count: 1 },
    ]);
    expect(r.sends.byAuthor).toEqual([{ author: 'alice', count: 3 }, { author: '', count: 1 }, { author: 'bob', count: 1 }]);
    expect(r.samples).toEqual({ sent: 2, delivered: 1, posted: 0 });
    expect(r.gmv).toEqual({ total: 1200, perSample: 500 });
    // The funnel is the pipeline as it stands: the period does not change it.
    expect(r.funnel).toEqual(buildReport(INPUT, {}, NOW).funnel);
  });

  it('without a period: every send by week, samples and GMV', () => {
    const r = buildReport(INPUT, {}, NOW);
    expect(r.sends.byWeek).toEqual([
      { week: '2026-10-26', channel: 'email', count: 1 },
      { week: '2026-11-02', channel: 'tiktok_dm', count: 2 },
      { week: '2026-11-02', channel: 'email', count: 2 },
      { week: '2026-11-02', channel: 'seller_center_invite', count: 1 },
      { week: '2026-11-09', channel: 'tiktok_dm', count: 1 },
    ]);
    expect(r.sends.byAuthor).toEqual([{ author: 'alice', count: 4 }, { author: 'bob', count: 2 }, { author: '', count: 1 }]);
    expect(r.samples).toEqual({ sent: 3, delivered: 2, posted: 1 });
    // Sampled creators b and f: (300 + 1000 + 50) over 3 samples.
    expect(r.gmv).toEqual({ total: 1550, perSample: 450 });
    expect(buildReport(INPUT, { from: '2026-10-01', to: '2026-10-31' }, NOW).gmv).toEqual({ total: 350, perSample: 300 });
  });

  it('weeks start on Monday, UTC; the previous period has the same length', () => {
    expect(weekOf('2026-11-08T23:30:00.000Z')).toBe('2026-11-02');
    expect(weekOf('2026-11-09T00:00:00.000Z')).toBe('2026-11-09');
    expect(weekOf('2026-11-01T13:30:00.000Z')).toBe('2026-10-26');
    expect(previousPeriod('2026-11-02', '2026-11-08')).toEqual({ from: '2026-10-26', to: '2026-11-01' });
  });

  it('is deterministic and does not depend on the order of its input', () => {
    const shuffled = { ...INPUT, outreach: [...INPUT.outreach].reverse(), stageChanges: [...INPUT.stageChanges].reverse(), pipeline: [...INPUT.pipeline].reverse() };
    expect(buildReport(shuffled, WEEK, NOW)).toEqual(buildReport(INPUT, WEEK, NOW));
  });

  it('GMV breakdown by creator, tier and product over the same rows, with the days they cover', () => {
    const g = gmvBreakdown(INPUT, WEEK);
    expect(g.byCreator.map((l) => [l.key, l.gmv, l.orders, l.commission])).toEqual([['f', 1000, 10, 100], ['c', 200, 2, 20]]);
    expect(g.byTier.map((l) => [l.key, l.gmv])).toEqual([['micro', 1000], ['nano', 200]]);
    expect(g.byProduct.map((l) => [l.key, l.gmv])).toEqual([['P1', 1000], ['P2', 200]]);
    expect(g.covers).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(g.widerThanPeriod).toBe(true);
    expect(gmvBreakdown(INPUT, {}).widerThanPeriod).toBe(false);
  });
});

describe('regressions: the five findings of issue 20', () => {
  it('1. "reached" counts history: a creator contacted then declined reached prospect and contacted; prospect reached = total', () => {
    const input = { ...INPUT, pipeline: [INPUT.pipeline[0]!], stageChanges: chain('a', ['prospect', 'contacted', 'declined']), outreach: [] };
    const steps = buildReport(input, {}, NOW).funnel.steps;
    expect(steps.map((s) => s.reached)).toEqual([1, 1, 0, 0, 0, 0, 0]);
  });

  it('2. with a period, a follow-up to a creator first contacted earlier is no new contact, and reply time runs from the first message ever', () => {
    const r = buildReport(INPUT, { from: '2026-11-04', to: '2026-11-04' }, NOW);
    // c's follow-up email of 11-04 (and the DM reply 1.5 h later) must not make c a contact of that day.
    expect(r.responses.overall).toEqual({ key: 'all', contacted: 0, replied: 0, rate: 0 });
    const all = buildReport(INPUT, {}, NOW);
    expect(all.responses.byChannel.find((x) => x.key === 'email')!.medianHoursToReply).toBe(121.5);
  });

  it('3. the owner filter is trimmed and case-insensitive and narrows everything, sends included (counted by sender within those creators)', () => {
    for (const owner of ['bob', ' BOB ', 'Bob']) {
      const r = buildReport(INPUT, { owner }, NOW);
      expect(r.funnel.total).toBe(3);
      expect(r.funnel.steps.map((s) => s.reached)).toEqual([3, 2, 1, 0, 0, 0, 0]);
      expect([r.funnel.declined, r.funnel.notAFit]).toEqual([1, 1]);
      expect(r.responses.overall).toMatchObject({ contacted: 2, replied: 2 });
      expect(r.sends.byAuthor).toEqual([{ author: 'alice', count: 2 }, { author: 'bob', count: 2 }]);
      expect(r.samples.sent).toBe(0);
      expect(r.gmv).toEqual({ total: 200 });
    }
    expect(buildReport(INPUT, { owner: 'nobody' }, NOW).funnel.total).toBe(0);
  });

  it('5. GMV of a week counts the rows overlapping it, and per sample divides only sampled creators\' GMV', () => {
    const r = buildReport(INPUT, WEEK, NOW);
    // Not (1000 + 200) / 2: c was never sent a sample.
    expect(r.gmv.perSample).toBe(500);
    expect(buildReport(INPUT, { from: '2026-12-01', to: '2026-12-07' }, NOW).gmv).toEqual({ total: 0 });
  });
});

describe('period presets', () => {
  it('weeks run Monday to Sunday, UTC, each compared with the period before; a month with the month before', async () => {
    const { presetPeriod } = await import('../../lib/reports/presets');
    // 2026-11-25 is a Wednesday.
    expect(presetPeriod('this_week', '2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29', previous: { from: '2026-11-16', to: '2026-11-22' } });
    expect(presetPeriod('last_week', '2026-11-25')).toEqual({ from: '2026-11-16', to: '2026-11-22', previous: { from: '2026-11-09', to: '2026-11-15' } });
    expect(presetPeriod('last_4_weeks', '2026-11-25')).toEqual({ from: '2026-11-02', to: '2026-11-29', previous: { from: '2026-10-05', to: '2026-11-01' } });
    expect(presetPeriod('this_month', '2026-03-10')).toEqual({ from: '2026-03-01', to: '2026-03-31', previous: { from: '2026-02-01', to: '2026-02-28' } });
    expect(presetPeriod('all_time', '2026-11-25')).toEqual({});
    expect(presetPeriod('custom', '2026-11-25', { from: '2026-11-03', to: '2026-11-04' })).toEqual({ from: '2026-11-03', to: '2026-11-04', previous: { from: '2026-11-01', to: '2026-11-02' } });
  });
});

describe('days', () => {
  it('reads the UTC day of a stored time, and of a time with an offset', async () => {
    const { dayOf } = await import('../../lib/reports/period');
    expect(dayOf('2026-11-08T23:30:00.000Z')).toBe('2026-11-08');
    expect(dayOf('2026-11-08')).toBe('2026-11-08');
    expect(dayOf('2026-11-09T01:30:00+02:00')).toBe('2026-11-08');
  });
});
