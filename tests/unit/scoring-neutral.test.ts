import { describe, expect, it } from 'vitest';
import { lowDataNote, scoreCreator, scoreLabel } from '../../lib/scoring';

const NOW = '2026-11-24T12:00:00.000Z';

describe('missing data pulls toward neutral', () => {
  it('a followers-only creator inside the target tiers no longer scores 100', () => {
    // Measured on the landed code before this change: 100 with confidence 0.09.
    const r = scoreCreator({ creator: { handle: 'only', followers: 40_000 }, videos: [], now: NOW });
    expect(r.score).toBeLessThan(70);
    // Reach 1 at weight 0.15, the other 0.85 at the neutral 0.5: 57.5 (57 in floating point).
    expect(r.score).toBeGreaterThanOrEqual(57);
    expect(r.score).toBeLessThanOrEqual(58);
    expect(r.confidence).toBeLessThan(0.2);
    expect(r.missing.map((m) => m.key)).toEqual(['engagement', 'viewRate', 'activity', 'commerce', 'fit']);
    expect(lowDataNote(r)).toBe('little data: followers only');
    expect(scoreLabel(r)).toBe(`${r.score} · little data: followers only`);
  });

  it('never counts missing as zero: a creator we know nothing about sits at the neutral prior', () => {
    const r = scoreCreator({ creator: { handle: 'blank' }, videos: [], now: NOW });
    expect(r.score).toBe(50);
    expect(r.confidence).toBe(0);
    expect(scoreLabel(r)).toBe('50 · no data');
  });

  it('takes the neutral prior from the settings', () => {
    const low = scoreCreator({ creator: { handle: 'only', followers: 40_000 }, videos: [], now: NOW }, { neutral: 0.2 });
    expect(low.score).toBe(Math.round(100 * (0.15 + 0.85 * 0.2)));
  });

  it('a creator far outside the tiers with nothing else known stays below a neutral one', () => {
    const far = scoreCreator({ creator: { handle: 'big', followers: 50_000_000 }, videos: [], now: NOW });
    expect(far.score).toBeLessThan(50);
  });

  it('names what is missing once there is more than a little data', () => {
    const r = scoreCreator({ creator: { handle: 'row', followers: 219_200, avgViews: 20_400, engagementRate: 0.112 }, videos: [], now: NOW });
    expect(r.confidence).toBeLessThan(0.5);
    expect(lowDataNote(r)).toBe('little data: no post dates, shop signals, brand fit');
    const rich = scoreCreator({ creator: { handle: 'row', followers: 219_200, avgViews: 20_400, engagementRate: 0.112, gmv: '$1K-$10K' }, videos: [], now: NOW }, { keywords: ['beauty'] });
    expect(rich.confidence).toBeGreaterThanOrEqual(0.5);
    expect(scoreLabel(rich)).toBe(String(rich.score));
  });
});
