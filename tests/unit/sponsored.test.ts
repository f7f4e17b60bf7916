import { describe, expect, it } from 'vitest';
import { readTapped } from '../../lib/extract/tap';
import { captionIsSponsored, itemIsSponsored } from '../../lib/extract/sponsored';
import { scoreCreator } from '../../lib/scoring';
import { describeSponsored, summarizeSponsored } from '../../lib/scoring/sponsored';
import type { ExtractedVideo } from '../../lib/model/page';
import { readFixture } from './load-fixture';

const NOW = '2026-11-24T12:00:00.000Z';

describe('sponsored posts in TikTok item data', () => {
  const body = JSON.parse(readFixture('api-post-item_list.json'));

  it("reads TikTok's own ad and branded-content labels on the real item list, and leaves organic items unmarked", () => {
    const items = structuredClone(body.itemList) as Record<string, unknown>[];
    items[0]!.isAd = true;
    items[1]!.adAuthorization = true;
    items[2]!.brandOrganicType = 1;
    items[3]!.commerceInfo = { advPromotable: false, brandedContentType: 2 };
    items[4]!.commerceInfo = { advPromotable: true, brandedContentType: 0 };
    items[5]!.brandOrganicType = null;
    const r = readTapped('https://www.tiktok.com/api/post/item_list/?secUid=x&count=35', { ...body, itemList: items });
    if (r.kind !== 'videos') throw new Error(r.kind);
    expect(r.videos.map((v) => v.sponsored === true)).toEqual(items.map((_, i) => i < 4));
    // Items as TikTok sends them (isAd: false, no branded flags) are organic: the field stays absent.
    const plain = readTapped('https://www.tiktok.com/api/post/item_list/?secUid=x&count=35', body);
    if (plain.kind !== 'videos') throw new Error(plain.kind);
    expect(plain.videos.every((v) => v.sponsored === undefined)).toBe(true);
  });

  it('reads snake_case commerce info too', () => {
    expect(itemIsSponsored({ commerce_info: { branded_content_type: 1 } })).toBe(true);
    expect(itemIsSponsored({ isAd: false, adAuthorization: false, brandOrganicType: 0 })).toBe(false);
  });
});

describe('disclosure hashtags in captions', () => {
  it.each([
    'New serum drop #ad',
    '#Sponsored by Glow',
    'my routine #partner #skincare',
    'rutina de noche #publicidad',
    'Rutina #anuncio',
    'GRWM #publi',
    'Morgenroutine #Werbung',
    '#anzeige neue Creme',
    'routine du soir #pub',
    'Partenariat #sponsorisé',
    'skincare malam #iklan',
    'rotina #publicidade',
    'minha rotina #parceria',
    '朝のスキンケア #PR',
    'おすすめ #広告',
    'chăm sóc da #quảngcáo',
    'chăm sóc da #quangcao',
    'in paid partnership with Glow',
  ])('%s is sponsored', (caption) => expect(captionIsSponsored(caption)).toBe(true));

  it.each(['#adventure time', 'my #advice', 'pub quiz night #pubquiz', 'no hashtags at all', 'email me at ad@x.com', '#PRday', 'ad hoc'])(
    '%s is not',
    (caption) => expect(captionIsSponsored(caption)).toBe(false),
  );
});

function video(i: number, views: number, sponsored: boolean, rate = 0.05): ExtractedVideo {
  return {
    id: String(i + 1),
    createdAt: new Date(Date.parse(NOW) - (i + 1) * 86_400_000).toISOString(),
    views,
    likes: Math.round(views * rate),
    comments: 0,
    shares: 0,
    description: sponsored ? 'new serum #ad' : 'my routine',
    hasProduct: false,
    ...(sponsored ? { sponsored: true } : {}),
  };
}

describe('paid-post performance in the breakdown', () => {
  it('compares median views and engagement of sponsored posts with organic ones', () => {
    const videos = [...[0, 1, 2].map((i) => video(i, 4000, true, 0.04)), ...[3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => video(i, 10_000, false, 0.05))];
    const s = summarizeSponsored(videos)!;
    expect(s).toMatchObject({ sponsored: 3, total: 12 });
    expect(s.viewsRatio).toBeCloseTo(0.4);
    expect(s.engagementRatio).toBeCloseTo(0.8);
    expect(describeSponsored(s)).toBe('sponsored posts reach 40% of organic views and get 80% of organic engagement, 3 of 12 posts');
    const r = scoreCreator({ creator: { handle: 'x', followers: 40_000 }, videos, now: NOW });
    expect(r.components.find((c) => c.key === 'commerce')!.detail).toContain('sponsored posts reach 40% of organic views');
  });

  it('says so when every post is sponsored, and says nothing when none is', () => {
    expect(describeSponsored(summarizeSponsored([video(0, 100, true), video(1, 200, true)])!)).toBe('all 2 posts sponsored: no organic posts to compare');
    expect(summarizeSponsored([video(0, 100, false)])).toBeUndefined();
  });
});
