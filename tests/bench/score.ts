import { scoreCreator, type ScoreInput } from '../../lib/scoring';
import { median, report } from './report';

/** 100,000 creators with a dozen videos each, scored with one settings object. */
export function benchScore(): void {
  const now = '2026-11-24T12:00:00.000Z';
  const base = Date.parse(now);
  const inputs: ScoreInput[] = Array.from({ length: 100_000 }, (_, i) => ({
    now,
    creator: { handle: `c${i}`, nickname: `Creator ${i}`, bio: i % 3 ? 'skincare and serum reviews' : 'gaming', verified: false, followers: 1000 + ((i * 7919) % 2_000_000), sellsOnShop: i % 2 === 0 },
    videos: Array.from({ length: 12 }, (_, j) => ({
      id: `${i}-${j}`,
      createdAt: new Date(base - (j * 3 + (i % 5)) * 86_400_000).toISOString(),
      views: 1000 + ((i + j) * 37) % 50_000,
      likes: 50 + ((i * j) % 3000),
      comments: j,
      shares: i % 7,
      description: j % 2 ? 'my skincare routine' : 'day in my life',
      hasProduct: j % 4 === 0,
    })),
  }));
  const settings = { keywords: ['skincare', 'serum'], targetTiers: ['micro', 'mid'] as ('micro' | 'mid')[] };
  const runs: number[] = [];
  // One warm-up pass for the JIT, then the median of seven.
  for (let r = 0; r < 8; r++) {
    const t = performance.now();
    let sum = 0;
    for (const input of inputs) sum += scoreCreator(input, settings).score;
    runs.push(performance.now() - t);
    if (sum <= 0) throw new Error('scores were all zero');
  }
  report('score.100k_ms', median(runs.slice(1)), 'ms', 250);
}
