import { describe, expect, it } from 'vitest';
import { assignTiers, DEFAULT_AFFILIATE_TIERS } from '../../lib/reports/tiers';

describe('affiliate tiers', () => {
  it('gives the highest tier met by GMV or posts, the gap to the next, and flags who is close', () => {
    const rows = assignTiers(
      [
        { handle: 'small', gmv: 100, posts: 0 },
        { handle: 'almost_silver', gmv: 850, posts: 1 },
        { handle: 'poster', gmv: 0, posts: 3 },
        { handle: 'gold', gmv: 9000, posts: 2 },
      ],
      DEFAULT_AFFILIATE_TIERS,
    );
    const by = Object.fromEntries(rows.map((r) => [r.handle, r]));
    expect(by.small).toMatchObject({ tier: 'Bronze', commissionRate: 0.1, next: 'Silver', gmvToNext: 900, postsToNext: 3, close: false });
    expect(by.almost_silver).toMatchObject({ tier: 'Bronze', next: 'Silver', gmvToNext: 150, close: true });
    expect(by.poster).toMatchObject({ tier: 'Silver', next: 'Gold', postsToNext: 5 });
    expect(by.gold).toMatchObject({ tier: 'Gold', next: undefined, close: false });
    expect(rows[0]!.handle).toBe('almost_silver');
  });
});
