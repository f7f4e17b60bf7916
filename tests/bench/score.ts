import { scoreCreator, type ScoreInput } from '../../lib/scoring';
import { bench, timed } from './report';

/** 100,000 creators with a dozen videos each, scored with one settings object. */
export async function benchScore(): Promise<void> {
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
  // The floor: a plain loop computing the same per-creator medians (views, engagement per view) over the
  // same arrays, with a plain sort; whatever the score adds on top of that is the ratio.
  const plain = () => {
    let sum = 0;
    for (const input of inputs) {
      const views = input.videos.map((v) => v.views ?? 0).sort((a, b) => a - b);
      const rates = input.videos.map((v) => ((v.likes ?? 0) + (v.comments ?? 0) + (v.shares ?? 0)) / Math.max(1, v.views ?? 0)).sort((a, b) => a - b);
      sum += views[views.length >> 1]! + rates[rates.length >> 1]!;
    }
    if (sum <= 0) throw new Error('plain medians were all zero');
  };
  const real = () => {
    let sum = 0;
    for (const input of inputs) sum += scoreCreator(input, settings).score;
    if (sum <= 0) throw new Error('scores were all zero');
  };
  // One warm-up pair for the JIT, then the medians of seven interleaved pairs.
  await bench('score.100k_ms', 'ms', 250, 7, () => timed(real), () => timed(plain));
}
