import { describe, expect, it } from 'vitest';
import { learnFromOutcomes, modelFromData, type OutcomeExample } from '../../lib/scoring/learn';
import { auc } from '../../lib/scoring/logistic';
import { scoreCreator } from '../../lib/scoring';
import { syntheticTeam } from './synthetic-team';

const strip = (m: object) => JSON.parse(JSON.stringify(m));

describe('learnFromOutcomes on a synthetic team drawn from a known model', () => {
  const team = syntheticTeam(1, 1500);
  const models = learnFromOutcomes(team);
  const replied = models.replied!;

  it('recovers the order and the signs of the true weights', () => {
    const effect = (g: string) => replied.effects.find((e) => e.group === g)!;
    // True weights: engagement +1.6, reach -0.9, activity +0.4, the rest 0.
    expect(effect('engagement').importance).toBeGreaterThan(effect('reach').importance);
    expect(effect('reach').importance).toBeGreaterThan(effect('activity').importance);
    for (const g of ['viewRate', 'commerce', 'fit', 'channel']) expect(effect('activity').importance).toBeGreaterThan(effect(g).importance);
    expect(effect('engagement').direction).toBe(1);
    expect(effect('reach').direction).toBe(-1);
    expect(effect('activity').direction).toBe(1);
  });

  it('is trusted, beats the default score cross-validated and on held-out data', () => {
    expect(replied.trusted).toBe(true);
    expect(replied.n).toBe(1500);
    expect(replied.auc).toBeGreaterThan(replied.defaultAuc);
    expect(replied.reason).toMatch(/^Ranks your creators better than the default score: AUC 0\.\d\d against 0\.\d\d/);
    const heldOut = syntheticTeam(2, 1500);
    const labels = heldOut.map((e) => (e.replied ? 1 : 0));
    const learned = auc(heldOut.map((e) => replied.predict(e.input, e.channel)), labels);
    const byDefault = auc(heldOut.map((e) => scoreCreator(e.input).score), labels);
    expect(learned).toBeGreaterThan(byDefault + 0.05);
    expect(learned).toBeGreaterThan(0.75);
  });

  it('explains itself in words, strongest input first', () => {
    expect(replied.explain[0]).toMatch(/^For replies in your data, engagement counts \d+(\.\d)?× more than reach\.$/);
    expect(replied.explain).toContain('Replies rise with engagement.');
    expect(replied.explain).toContain('Replies fall as reach grows.');
    expect(replied.explain.join(' ')).toMatch(/view rate.* barely matter\./);
    // No brand keywords were set: the model says nothing about brand fit rather than "it does not matter".
    expect(replied.explain.join(' ')).not.toMatch(/brand fit/);
  });

  it('is deterministic, and survives a round trip as plain data', () => {
    const again = learnFromOutcomes(structuredClone(team));
    expect(strip(again.replied!)).toEqual(strip(replied));
    const rebuilt = modelFromData(strip(replied));
    for (const e of team.slice(0, 20)) expect(rebuilt.predict(e.input)).toBeCloseTo(replied.predict(e.input), 12);
  });

  it('gives a team with labels for one outcome a model for that outcome only', () => {
    expect(Object.keys(models)).toEqual(['replied']);
    const posted = learnFromOutcomes(syntheticTeam(3, 200, 'posted'));
    expect(Object.keys(posted)).toEqual(['posted']);
    // An absent outcome is unknown, not false: examples without it do not count as negatives.
    const mixed: OutcomeExample[] = [...syntheticTeam(4, 100), ...syntheticTeam(5, 100, 'sold')];
    const both = learnFromOutcomes(mixed);
    expect(both.replied!.n).toBe(100);
    expect(both.sold!.n).toBe(100);
    expect(both.posted).toBeUndefined();
  });
});

describe('falls back to the default score and says why', () => {
  it('below 30 positives or negatives', () => {
    const small = syntheticTeam(6, 60);
    const m = learnFromOutcomes(small).replied!;
    const pos = small.filter((e) => e.replied).length;
    expect(m.trusted).toBe(false);
    expect(m.positives).toBe(pos);
    expect(m.reason).toBe(`Not enough history yet: ${pos} replies and ${60 - pos} creators who did not reply; the learned model needs at least 30 of each.`);
    expect(m.defaultAuc).toBeGreaterThan(0);
  });

  it('when the default score already ranks the team best', () => {
    // Outcomes that are exactly "default score above its median": nothing can rank them better.
    const team = syntheticTeam(7, 400).map(({ input, channel }) => ({ input, channel }));
    const scores = team.map((e) => scoreCreator(e.input).score);
    const cut = [...scores].sort((a, b) => a - b)[200]!;
    const labelled = team.map((e, i) => ({ ...e, replied: scores[i]! >= cut }));
    const m = learnFromOutcomes(labelled).replied!;
    expect(m.defaultAuc).toBe(1);
    expect(m.trusted).toBe(false);
    expect(m.reason).toMatch(/^The learned model \(AUC (?:0\.\d\d|1\.00)\) does not rank your creators better than the default score \(AUC 1\.00\)\.$/);
  });

  it('with one class only: a model that predicts the base rate, measured as n/a', () => {
    const team = syntheticTeam(8, 50).map((e) => ({ ...e, replied: false }));
    const m = learnFromOutcomes(team).replied!;
    expect(m.trusted).toBe(false);
    expect(Number.isNaN(m.auc)).toBe(true);
    expect(m.predict(team[0]!.input)).toBeLessThan(0.05);
  });
});

describe('auc', () => {
  it('is the chance a positive outranks a negative, ties counting half', () => {
    expect(auc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(auc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
    expect(auc([1, 1, 1, 1], [0, 1, 0, 1])).toBe(0.5);
    expect(auc([1, 2, 2, 3], [0, 1, 0, 1])).toBe(0.875);
    expect(Number.isNaN(auc([1, 2], [1, 1]))).toBe(true);
  });
});
