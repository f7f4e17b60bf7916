import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { loadReportInput } from '../../storage/reports';
import { buildReport } from '../../lib/reports';
import { gmvBreakdown } from '../../lib/reports/gmv';
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

const PATH: Stage[] = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active'];
const NOW = day(25).toISOString();
const report = async (f: { from?: string; to?: string; owner?: string } = {}, scope = {}) => buildReport((await loadReportInput(db, scope)).input, f, NOW);

describe('dashboard report, from what the repositories wrote', () => {
  it('matches figures computed independently from the seeded data', async () => {
    const t = await seed();
    const rep = await report();
    const count = (s: Stage) => Object.values(t.stages).filter((x) => x === s).length;
    for (const step of rep.funnel.steps) expect(step.now, step.stage).toBe(count(step.stage));
    // Each creator passed: prospect, contacted when messaged, replied when they answered, and their final stage.
    const furthest = (h: string) => Math.max(0, t.firstOut.has(h) ? 1 : 0, t.replied.has(h) ? 2 : 0, PATH.indexOf(t.stages[h]!));
    PATH.forEach((_, i) => expect(rep.funnel.steps[i]!.reached, PATH[i]).toBe(Object.keys(t.stages).filter((h) => furthest(h) >= i).length));
    expect(rep.funnel.declined).toBe(count('declined'));

    const later = new Set(['replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined']);
    for (const row of rep.responses.byChannel) {
      const contacted = [...t.firstOut].filter(([, v]) => v.channel === row.key).map(([h]) => h);
      expect(row.contacted).toBe(contacted.length);
      expect(row.replied).toBe(contacted.filter((h) => t.replied.has(h) || later.has(t.stages[h]!)).length);
      if (contacted.some((h) => t.replied.has(h))) expect(row.medianHoursToReply).toBe(5);
    }
    expect(rep.sends.byAuthor.reduce((s, o) => s + o.count, 0)).toBe(t.firstOut.size);
  });

  it('filters by owner (any case), period, product and shortlist', async () => {
    const t = await seed();
    const alex = await report({ owner: ' ALEX' });
    expect(alex.funnel.total).toBe(30);
    expect(alex.sends.byAuthor).toEqual([{ author: 'alex', count: [...t.firstOut.keys()].filter((h) => Number(h.slice(2)) % 2 === 1).length }]);
    const early = await report({ from: '2026-11-02', to: '2026-11-04' });
    const expected = [...t.firstOut.values()].filter((v) => v.at >= day(2, 0) && v.at <= day(4, 23)).length;
    expect(early.responses.overall.contacted).toBe(expected);
    expect(early.funnel.total).toBe(60);
    for (const h of ['c_1', 'c_2', 'c_3']) await pipelineRepo.update(db, h, { products: ['p9'] }, day(21));
    expect((await report({}, { productId: 'p9' })).funnel.total).toBe(3);
    expect((await report({ owner: 'alex' }, { productId: 'p9' })).funnel.total).toBe(2);
    const list = await listsRepo.create(db, 'L', day(21));
    for (const h of ['c_4', 'c_5']) await listMembersRepo.add(db, list.id, h, day(21));
    expect((await report({}, { listId: list.id })).funnel.total).toBe(2);
  });

  it('counts samples and GMV per tier and per sample', async () => {
    await seed();
    await samplesRepo.save(db, { id: 's1', handle: 'c_0', sentAt: day(3).toISOString(), videoUrl: 'https://www.tiktok.com/@c_0/video/1' }, day(3));
    await samplesRepo.save(db, { id: 's2', handle: 'c_1', sentAt: day(3).toISOString(), deliveredAt: day(5).toISOString() }, day(5));
    const { rows, errors } = parsePerformanceCsv('Creator,Period,GMV,Orders,Estimated commission\n@c_0,2026-11,"$1,200.50",30,$120\nc_1,2026-11,300,5,30\nc_2,Nov,10,1,1\nnot valid!,2026-11,5,1,1\nc_9,2026-11,99,1,1\n');
    expect(errors.map((e) => e.line)).toEqual([4, 5]);
    await performanceRepo.importRows(db, rows, day(21));
    const loaded = await loadReportInput(db);
    const rep = buildReport(loaded.input, {}, NOW);
    expect(rep.samples).toEqual({ sent: 2, delivered: 1, posted: 1 });
    expect(rep.gmv.total).toBeCloseTo(1599.5);
    // Only the sampled creators' GMV, over the two samples.
    expect(rep.gmv.perSample).toBeCloseTo(750.25);
    // c_0 and c_9 have 5,000 followers (nano), c_1 50,000 (micro).
    expect(gmvBreakdown(loaded.input, {}).byTier).toEqual([
      { key: 'nano', gmv: 1299.5, orders: 31, commission: 121 },
      { key: 'micro', gmv: 300, orders: 5, commission: 30 },
    ]);
    expect(loaded.currency).toBe('USD');
    expect(loaded.owners).toEqual(['alex', 'sam']);
  });

  it('reads money in both decimal styles', () => {
    expect(parseMoney('$1,234.50')).toBe(1234.5);
    expect(parseMoney('1.234,50 €')).toBe(1234.5);
    expect(parseMoney('Rp 149.000')).toBe(149000);
    expect(parseMoney('abc')).toBeUndefined();
  });
});
