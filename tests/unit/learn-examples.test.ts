import { describe, expect, it } from 'vitest';
import { buildExamples, labelCount, type TeamHistory } from '../../lib/scoring/examples';

const NOW = '2026-11-24T12:00:00.000Z';
const daysAgo = (d: number) => new Date(Date.parse(NOW) - d * 86_400_000).toISOString();
const creator = (handle: string, followers = 40_000) => ({ handle, nickname: handle, bio: '', verified: false, followers, avgViews: 5000, engagementRate: 0.06 });

function history(over: Partial<TeamHistory> = {}): TeamHistory {
  return {
    pipeline: [
      { handle: 'answered', stage: 'contacted', addedAt: daysAgo(40) },
      { handle: 'silent', stage: 'contacted', addedAt: daysAgo(40) },
      { handle: 'fresh', stage: 'contacted', addedAt: daysAgo(3) },
      { handle: 'declined', stage: 'declined', addedAt: daysAgo(40) },
      { handle: 'prospect', stage: 'prospect', addedAt: daysAgo(40) },
    ],
    outreach: [
      { handle: 'answered', at: daysAgo(30), channel: 'email', direction: 'out' },
      { handle: 'answered', at: daysAgo(29), channel: 'tiktok_dm', direction: 'out' },
      { handle: 'answered', at: daysAgo(28), channel: 'email', direction: 'in' },
      { handle: 'silent', at: daysAgo(30), channel: 'tiktok_dm', direction: 'out' },
      { handle: 'fresh', at: daysAgo(2), channel: 'tiktok_dm', direction: 'out' },
      { handle: 'declined', at: daysAgo(30), channel: 'seller_center_invite', direction: 'out' },
    ],
    samples: [],
    performance: [],
    creators: ['answered', 'silent', 'fresh', 'declined', 'prospect'].map((h) => creator(h)),
    ...over,
  };
}

describe('buildExamples', () => {
  it('labels replies from inbound events and answering stages, as of the first contact and its channel', () => {
    const ex = buildExamples(history(), NOW);
    const by = Object.fromEntries(ex.map((e) => [e.input.creator.handle, e]));
    expect(Object.keys(by).sort()).toEqual(['answered', 'declined', 'silent']);
    expect(by.answered).toMatchObject({ replied: true, channel: 'email', input: { now: daysAgo(30), videos: [] } });
    expect(by.silent!.replied).toBe(false);
    // A refusal is an answer.
    expect(by.declined!.replied).toBe(true);
    // Contacted two days ago without an answer yet: unknown, so left out rather than counted as "no".
    expect(by.fresh).toBeUndefined();
  });

  it('leaves outcomes the team never records unknown, not false', () => {
    const ex = buildExamples(history(), NOW);
    expect(ex.every((e) => e.posted === undefined && e.sold === undefined)).toBe(true);
    expect(labelCount(ex)).toBe(3);
  });

  it('labels posts from samples and stages, and sales from imported GMV', () => {
    const ex = buildExamples(
      history({
        samples: [{ handle: 'answered', postedAt: daysAgo(10) }],
        performance: [
          { handle: 'answered', gmv: 120 },
          { handle: 'declined', gmv: 0 },
        ],
        stageChanges: [{ handle: 'silent', to: 'posted', at: daysAgo(5) }],
      }),
      NOW,
    );
    const by = Object.fromEntries(ex.map((e) => [e.input.creator.handle, e]));
    expect(by.answered).toMatchObject({ posted: true, sold: true });
    // Posting is an answer too; no GMV 30 days after contact is not yet "no sale" (45-day window)…
    expect(by.silent).toMatchObject({ posted: true, replied: true });
    expect(by.silent!.sold).toBeUndefined();
    // …but a creator who declined will not post or sell.
    expect(by.declined).toMatchObject({ posted: false, sold: false });
  });

  it('needs the stored creator: a handle we never read has no features', () => {
    const ex = buildExamples(history({ creators: [creator('answered')] }), NOW);
    expect(ex.map((e) => e.input.creator.handle)).toEqual(['answered']);
  });
});
