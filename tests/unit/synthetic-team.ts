import type { ScoreInput } from '../../lib/scoring';
import type { OutcomeExample } from '../../lib/scoring/learn';
import { prng } from './prng';

const gauss = (rand: () => number) => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

export const SYNTHETIC_NOW = '2026-11-24T12:00:00.000Z';

/** The true model's inputs for one synthetic creator, standardised. */
export interface Truth {
  engagement: number;
  reach: number;
  activity: number;
}

/** One creator with a dozen videos, and the standardised figures the true model reads. */
export function syntheticCreator(rand: () => number, i: number): { input: ScoreInput; z: Truth } {
  const zReach = gauss(rand);
  const zEng = gauss(rand);
  const zAct = gauss(rand);
  const followers = Math.round(10 ** (4.6 + 0.9 * zReach));
  const rate = 0.05 * Math.exp(0.6 * zEng);
  const everyDays = Math.max(0.5, 4 * Math.exp(-0.7 * zAct));
  const median = followers * 0.12 * Math.exp(0.5 * gauss(rand));
  const now = Date.parse(SYNTHETIC_NOW);
  const videos = Array.from({ length: 12 }, (_, j) => {
    const views = Math.round(median * (0.7 + 0.6 * rand()));
    return {
      id: `${i + 1}${String(j).padStart(2, '0')}`,
      createdAt: new Date(now - (1 + j * everyDays) * 86_400_000).toISOString(),
      views,
      likes: Math.round(views * rate * 0.9),
      comments: Math.round(views * rate * 0.07),
      shares: Math.round(views * rate * 0.03),
      description: rand() < 0.5 ? 'my skincare routine' : 'day in my life',
      hasProduct: rand() < 0.3,
    };
  });
  return {
    input: { now: SYNTHETIC_NOW, creator: { handle: `c${i}`, nickname: `C ${i}`, bio: '', verified: false, followers, sellsOnShop: rand() < 0.4 }, videos },
    z: { engagement: zEng, reach: zReach, activity: zAct },
  };
}

/** True weights on the standardised inputs: engagement helps most, reach hurts, activity helps a little. */
export const TRUE_WEIGHTS: Truth = { engagement: 1.6, reach: -0.9, activity: 0.4 };

/** A team of `n` contacted creators whose outcomes follow a known logistic model. */
export function syntheticTeam(seed: number, n: number, outcome: 'replied' | 'posted' | 'sold' = 'replied', weights: Truth = TRUE_WEIGHTS, intercept = -0.4): OutcomeExample[] {
  const rand = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const { input, z } = syntheticCreator(rand, i);
    const logit = intercept + weights.engagement * z.engagement + weights.reach * z.reach + weights.activity * z.activity;
    const label = rand() < 1 / (1 + Math.exp(-logit));
    return { input, channel: i % 3 ? 'tiktok_dm' : 'email', [outcome]: label };
  });
}
