import { describe, expect, it } from 'vitest';
import { computeMetrics, scoreCreator } from '../../lib/scoring';
import type { ExtractedCreator, ExtractedVideo } from '../../lib/model/page';
import { extractPage } from '../../lib/extract';
import { loadDoc } from './load-fixture';

const NOW = '2026-11-24T12:00:00.000Z';
const DAY = 86_400_000;

function creator(over: Partial<ExtractedCreator> = {}): ExtractedCreator {
  return { handle: 'someone', nickname: 'Some One', bio: 'skincare for sensitive skin', verified: false, followers: 40_000, sellsOnShop: true, ...over };
}

/** `n` videos, one every `everyDays` days back from NOW, with the given views and engagement. */
function videos(n: number, { views = 8000, rate = 0.08, everyDays = 2, product = 0.3, caption = 'my skincare routine' } = {}): ExtractedVideo[] {
  return Array.from({ length: n }, (_, i) => ({
    id: String(7_400_000_000_000_000_000n + BigInt(i)),
    createdAt: new Date(Date.parse(NOW) - (i * everyDays + 1) * DAY).toISOString(),
    views: views + (i % 3) * 100,
    likes: Math.round(views * rate * 0.9),
    comments: Math.round(views * rate * 0.07),
    shares: Math.round(views * rate * 0.03),
    description: caption,
    hasProduct: i < n * product,
  }));
}

const settings = { keywords: ['skincare', 'serum'] };

describe('scoreCreator', () => {
  it('is bounded, integer and explains every component it uses', () => {
    const r = scoreCreator({ creator: creator(), videos: videos(12), now: NOW }, settings);
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(r.confidence).toBeGreaterThan(0.9);
    expect(r.tier).toBe('micro');
    expect(r.components.map((c) => c.key)).toEqual(['reach', 'engagement', 'viewRate', 'activity', 'commerce', 'fit']);
    for (const c of r.components) {
      expect(c.value).toBeGreaterThanOrEqual(0);
      expect(c.value).toBeLessThanOrEqual(1);
      expect(c.detail.length).toBeGreaterThan(10);
    }
  });

  it('is deterministic for a given now', () => {
    const input = { creator: creator(), videos: videos(10), now: NOW };
    expect(scoreCreator(input, settings)).toEqual(scoreCreator(structuredClone(input), settings));
  });

  it('is monotonic in engagement', () => {
    let last = -1;
    for (const rate of [0.005, 0.01, 0.02, 0.04, 0.06, 0.09, 0.13, 0.2]) {
      const r = scoreCreator({ creator: creator(), videos: videos(10, { rate }), now: NOW }, settings);
      const eng = r.components.find((c) => c.key === 'engagement')!.value;
      expect(eng).toBeGreaterThan(last);
      last = eng;
    }
  });

  it('ranks a bot-like account below a healthy niche creator', () => {
    const bot = scoreCreator({ creator: creator({ followers: 450_000, bio: 'follow for follow' }), videos: videos(12, { views: 300, rate: 0.01, caption: 'fyp' }), now: NOW }, settings);
    const niche = scoreCreator({ creator: creator({ followers: 28_000 }), videos: videos(12, { views: 9000, rate: 0.09 }), now: NOW }, settings);
    expect(niche.score).toBeGreaterThan(bot.score + 20);
    expect(bot.components.find((c) => c.key === 'viewRate')!.detail).toMatch(/bought or inactive/);
  });

  it('ranks a silent account below an active one', () => {
    const silent = scoreCreator({ creator: creator(), videos: videos(12, { everyDays: 20 }).map((v, i) => ({ ...v, createdAt: new Date(Date.parse(NOW) - (120 + i * 20) * DAY).toISOString() })), now: NOW }, settings);
    const active = scoreCreator({ creator: creator(), videos: videos(12, { everyDays: 2 }), now: NOW }, settings);
    expect(active.score).toBeGreaterThan(silent.score);
    expect(silent.components.find((c) => c.key === 'activity')!.value).toBeLessThan(0.1);
  });

  it('counts components it cannot judge as neutral and lowers confidence instead of counting zero', () => {
    const full = scoreCreator({ creator: creator(), videos: videos(12), now: NOW }, settings);
    const noVideos = scoreCreator({ creator: creator(), videos: [], now: NOW }, settings);
    expect(noVideos.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['engagement', 'viewRate', 'activity']));
    expect(noVideos.components.map((c) => c.key)).not.toContain('engagement');
    expect(noVideos.confidence).toBeLessThan(full.confidence);
    // Reach and commerce alone are fine for this creator, so the score is not dragged down by what is missing.
    expect(noVideos.score).toBeGreaterThan(50);
    const noKeywords = scoreCreator({ creator: creator(), videos: videos(12), now: NOW });
    expect(noKeywords.missing.map((m) => m.key)).toContain('fit');
  });

  it('follows target tiers and weights from settings', () => {
    const mega = creator({ followers: 3_000_000 });
    const input = { creator: mega, videos: videos(12, { views: 400_000 }), now: NOW };
    const defaults = scoreCreator(input, settings);
    const wantsMega = scoreCreator(input, { ...settings, targetTiers: ['mega'] });
    expect(wantsMega.components.find((c) => c.key === 'reach')!.value).toBe(1);
    expect(wantsMega.score).toBeGreaterThan(defaults.score);
    const onlyFit = scoreCreator(input, { ...settings, weights: { reach: 0, engagement: 0, viewRate: 0, activity: 0, commerce: 0, fit: 1 } });
    expect(onlyFit.score).toBe(Math.round(100 * onlyFit.components.find((c) => c.key === 'fit')!.value));
  });

  it('scores marketplace rows from their averages', () => {
    const r = scoreCreator({ creator: { handle: 'row', followers: 219_200, avgViews: 20_400, engagementRate: 0.112, gmv: '$1K-$10K', categories: ['Beauty'] }, videos: [], now: NOW });
    expect(r.components.map((c) => c.key)).toEqual(expect.arrayContaining(['reach', 'engagement', 'viewRate', 'commerce']));
  });

  it('scores the extracted fixture profile end to end', () => {
    const page = extractPage(loadDoc('profile-en.html'), 'https://www.tiktok.com/@glowwithmara');
    if (page.kind !== 'profile') throw new Error(page.kind);
    const r = scoreCreator({ creator: page.creator, videos: page.videos, now: NOW }, settings);
    expect(r.tier).toBe('mid');
    expect(r.missing.map((m) => m.key)).toContain('engagement'); // grid cards show views only
    expect(r.score).toBeGreaterThan(0);
  });

  it('never returns NaN for odd inputs', () => {
    const odd: ExtractedVideo[] = [{ id: '1', views: 0, likes: 5, description: '', hasProduct: false, createdAt: 'not a date' }];
    for (const c of [creator({ followers: 0 }), creator({ followers: undefined }), { handle: 'x' }]) {
      const r = scoreCreator({ creator: c, videos: odd, now: NOW }, { weights: { reach: 0, engagement: 0, viewRate: 0, activity: 0, commerce: 0, fit: 0 } });
      expect(Number.isNaN(r.score)).toBe(false);
      expect(Number.isNaN(r.confidence)).toBe(false);
    }
  });

  it('reads the last post date as Date.parse does, across leap years and centuries', () => {
    for (let t = Date.UTC(1899, 11, 30); t < Date.UTC(2101, 2, 2); t += 86_400_000 * 1.37 + 61_001) {
      const iso = new Date(t).toISOString();
      const other = new Date(t - 86_400_000).toISOString();
      expect(computeMetrics([{ id: 'a', description: '', hasProduct: false, createdAt: other }, { id: 'b', description: '', hasProduct: false, createdAt: iso }], new Date(t)).lastPostAt).toBe(iso);
    }
  });

  it('names the keywords it found, in the order they were set', () => {
    const r = scoreCreator({ creator: creator({ bio: 'Serum and SPF reviews' }), videos: [], now: NOW }, { keywords: ['spf', 'serum', 'toner'] });
    expect(r.components.find((c) => c.key === 'fit')?.detail).toMatch(/^mentions spf, serum;/);
  });
});
