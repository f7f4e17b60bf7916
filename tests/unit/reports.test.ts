import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { loadReport } from '../../storage/reports';
import { pipelineRepo } from '../../storage/pipeline';
import { outreachRepo } from '../../storage/outreach';
import { samplesRepo } from '../../storage/samples';
import { creatorsRepo } from '../../storage/creators';
import { performanceRepo } from '../../storage/performance';
import { listsRepo } from '../../storage/lists';
import { listMembersRepo } from '../../storage/list-members';
import { parsePerformanceCsv } from '../../lib/reports/performance';
import { parseMoney } from '../../lib/extract/counts';
import { STAGES, type Stage } from '../../lib/model/pipeline';
import { CHANNELS } from '../../lib/model/outreach';
import { freshDb } from './db-helpers';

let db: ScoutDB;
afterEach(() => db?.delete());
const day = (d: number, h = 10) => new Date(Date.UTC(2026, 10, d, h));

/** A seeded pipeline; the test then computes every figure itself and compares with the report. */
async function seed() {
  db = freshDb();
  const truth = { stages: {} as Record<string, Stage>, firstOut: new Map<string, { channel: string; at: Date }>(), replied: new Set<string>() };
  let r = 7;
  const rand = () => ((r = (r * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 60; i++) {
    const handle = `c_${i}`;
    await creatorsRepo.observe(db, { handle, nickname: '', bio: '', verified: false, followers: [5000, 50_000, 300_000][i % 3] }, [], day(1));
    await pipelineRepo.add(db, handle, { owner: i % 2 ? 'alex' : 'sam' }, day(1));
    if (rand() < 0.7) {
      const channel = CHANNELS[Math.floor(rand() * 3)]!;
      const at = day(2 + (i % 10));
      await outreachRepo.log(db, { handle, channel, direction: 'out', author: i % 2 ? 'alex' : 'sam' }, at);
      truth.firstOut.set(handle, { channel, at });
      if (rand() < 0.4) {
        await outreachRepo.log(db, { handle, channel, direction: 'in' }, new Date(at.getTime() + 5 * 3_600_000));
        truth.replied.add(handle);
      }
    }
    const stage = STAGES[Math.floor(rand() * STAGES.length)]!;
    await pipelineRepo.setStage(db, handle, stage, day(20));
    truth.stages[handle] = stage;
  }
  return truth;
}

describe('dashboard report', () => {
  it('matches figures computed independently from the seeded data', async () => {
    const t = await seed();
    const rep = await loadReport(db, {});
    const count = (s: Stage) => Object.values(t.stages).filter((x) => x === s).length;
    for (const step of rep.funnel.steps) expect(step.now, step.stage).toBe(count(step.stage));
    const path = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active'] as Stage[];
    path.forEach((s, i) => expect(rep.funnel.steps[i]!.reached).toBe(path.slice(i).reduce((n, x) => n + count(x), 0)));
    expect(rep.funnel.declined).toBe(count('declined'));

    const later = new Set(['replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined']);
    for (const row of rep.rates.byChannel) {
      const contacted = [...t.firstOut].filter(([, v]) => v.channel === row.key).map(([h]) => h);
      expect(row.contacted).toBe(contacted.length);
      expect(row.replied).toBe(contacted.filter((h) => t.replied.has(h) || later.has(t.stages[h]!)).length);
      if (contacted.some((h) => t.replied.has(h))) expect(row.medianHoursToReply).toBe(5);
    }
    expect(rep.perOwner.reduce((s, o) => s + o.sent, 0)).toBe(t.firstOut.size);
  });

  it('filters by owner and period', async () => {
    const t = await seed();
    const alex = await loadReport(db, { owner: 'alex' });
    expect(alex.funnel.total).toBe(30);
    expect(alex.perOwner).toEqual([{ owner: 'alex', sent: [...t.firstOut.keys()].filter((h) => Number(h.slice(2)) % 2 === 1).length }]);
    // Events by their date; the funnel by when creators were added (all on day 1, outside this period).
    const early = await loadReport(db, { from: '2026-11-02', to: '2026-11-04' });
    const expected = [...t.firstOut.values()].filter((v) => v.at >= day(2, 0) && v.at <= day(4, 23)).length;
    expect(early.rates.byChannel.reduce((s, r) => s + r.contacted, 0)).toBe(expected);
    expect(early.funnel.total).toBe(0);
    // By product recruited for, and by shortlist.
    for (const h of ['c_1', 'c_2', 'c_3']) await pipelineRepo.update(db, h, { products: ['p9'] }, day(21));
    expect((await loadReport(db, { productId: 'p9' })).funnel.total).toBe(3);
    expect((await loadReport(db, { productId: 'p9', owner: 'alex' })).funnel.total).toBe(2);
    const list = await listsRepo.create(db, 'L', day(21));
    for (const h of ['c_4', 'c_5']) await listMembersRepo.add(db, list.id, h, day(21));
    expect((await loadReport(db, { listId: list.id })).funnel.total).toBe(2);
  });

  it('counts samples and GMV per tier and per sample', async () => {
    await seed();
    await samplesRepo.save(db, { id: 's1', handle: 'c_0', sentAt: day(3).toISOString(), videoUrl: 'https://www.tiktok.com/@c_0/video/1' }, day(3));
    await samplesRepo.save(db, { id: 's2', handle: 'c_1', sentAt: day(3).toISOString(), deliveredAt: day(5).toISOString() }, day(5));
    const { rows, errors } = parsePerformanceCsv('Creator,Period,GMV,Orders,Estimated commission\n@c_0,2026-11,"$1,200.50",30,$120\nc_1,2026-11,300,5,30\nc_2,Nov,10,1,1\nnot valid!,2026-11,5,1,1\n');
    expect(errors.map((e) => e.line)).toEqual([4, 5]);
    await performanceRepo.importRows(db, rows, day(21));
    const rep = await loadReport(db, {});
    expect(rep.samples).toEqual({ sent: 2, delivered: 1, posted: 1, postedShare: 0.5 });
    expect(rep.performance.total).toBeCloseTo(1500.5);
    // c_0 has 5,000 followers (nano), c_1 50,000 (micro).
    expect(rep.performance.byTier).toEqual([
      { key: 'nano', gmv: 1200.5, orders: 30, commission: 120 },
      { key: 'micro', gmv: 300, orders: 5, commission: 30 },
    ]);
    expect(rep.performance.gmvPerSample).toBeCloseTo(750.25);
  });

  it('reads money in both decimal styles', () => {
    expect(parseMoney('$1,234.50')).toBe(1234.5);
    expect(parseMoney('1.234,50 €')).toBe(1234.5);
    expect(parseMoney('Rp 149.000')).toBe(149000);
    expect(parseMoney('abc')).toBeUndefined();
  });
});
