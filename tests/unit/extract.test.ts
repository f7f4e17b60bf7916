import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { readTapped } from '../../lib/extract/tap';
import { mergeTapped } from '../../lib/extract/merge';
import { PageExtract, type ProfileExtract } from '../../lib/model/page';
import { loadDoc, loadExpect, parseHtml, readFixture } from './load-fixture';

const within = (actual: number | undefined, expected: number, tolerance = 0.03) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected) / Math.max(1, expected)).toBeLessThanOrEqual(tolerance);
};

/** Compare an extract with an .expect.json: exact fields exactly, `…Approx` fields within a few percent. */
function matchesTruth(actual: Record<string, any>, truth: Record<string, any>) {
  for (const [k, v] of Object.entries(truth)) {
    if (k.endsWith('Approx')) within(actual[k.slice(0, -6)], v as number);
    else if (v && typeof v === 'object' && !Array.isArray(v)) matchesTruth(actual[k], v);
    else expect(actual[k], k).toEqual(v);
  }
}

describe('extractPage on the shared fixtures', () => {
  for (const name of ['profile-en', 'video-en', 'product-en', 'marketplace-en']) {
    it(`${name} matches its expect file`, () => {
      const truth = loadExpect(name);
      const r = extractPage(loadDoc(`${name}.html`), truth.url);
      expect(PageExtract.safeParse(r).success).toBe(true);
      expect(r.kind).toBe(truth.kind);
      const { url: _url, kind: _kind, locale: _locale, ...rest } = truth;
      if (r.kind === 'profile') {
        matchesTruth(r.creator, rest.creator);
        expect(r.videos.map((v) => v.id)).toEqual(rest.videos.map((v: { id: string }) => v.id));
        rest.videos.forEach((v: Record<string, unknown>, i: number) => matchesTruth(r.videos[i]!, v));
      } else if (r.kind === 'marketplace') {
        expect(r.creators.map((c) => c.handle)).toEqual(rest.creators.map((c: { handle: string }) => c.handle));
        rest.creators.forEach((c: Record<string, unknown>, i: number) => matchesTruth(r.creators[i]!, c));
      } else matchesTruth(r as Record<string, any>, rest);
    });
  }
});

describe('profile variants', () => {
  const url = 'https://www.tiktok.com/@glowwithmara';

  it('reads a DOM-only page after navigation, in German formatting, and names what it could not read', () => {
    const r = extractPage(loadDoc('profile-de-domonly.html'), url) as ProfileExtract;
    expect(r.kind).toBe('profile');
    expect(r.creator).toMatchObject({ handle: 'glowwithmara', nickname: 'Mara | Skincare Nerd', followers: 184_300, following: 512, likes: 4_200_000, email: 'mara.collabs@example.com' });
    expect(r.creator.bioLink).toBe('https://linktr.example/glowwithmara');
    expect(r.videos).toHaveLength(12);
    expect(r.videos[0]!.views).toBe(31_400);
    expect(r.warnings).toEqual(expect.arrayContaining(['creator.tiktokId', 'creator.videoCount', 'videos.createdAt']));
    expect(r.creator.tiktokId).toBeUndefined();
  });

  it('ignores embedded JSON that describes another creator (stale after client-side navigation)', () => {
    const r = extractPage(loadDoc('profile-spa-stale.html'), url) as ProfileExtract;
    expect(r.creator.handle).toBe('glowwithmara');
    expect(r.creator.followers).toBe(184_300);
    expect(r.creator.nickname).toBe('Mara | Skincare Nerd');
  });

  it('survives truncated JSON by falling back to the DOM', () => {
    const r = extractPage(loadDoc('profile-truncated-json.html'), url) as ProfileExtract;
    expect(r.kind).toBe('profile');
    expect(r.creator.followers).toBe(184_300);
  });

  it('reads the legacy SIGI_STATE format (Indonesian UI) with its videos', () => {
    const r = extractPage(loadDoc('profile-id-sigi.html'), url) as ProfileExtract;
    expect(r.creator).toMatchObject({ handle: 'glowwithmara', tiktokId: '6801234567890123456', followers: 184_300, videoCount: 342 });
    const fromJson = r.videos.filter((v) => v.likes !== undefined);
    expect(fromJson).toHaveLength(6);
    expect(fromJson[0]).toMatchObject({ id: '7430000000000011000', views: 31381, likes: 1722, hasProduct: true, createdAt: '2026-11-17T14:47:31.000Z' });
  });

  it('reads a private account without videos and says so', () => {
    const r = extractPage(loadDoc('profile-private.html'), 'https://www.tiktok.com/@QuietKate') as ProfileExtract;
    expect(r.creator).toMatchObject({ handle: 'quietkate', followers: 2300, privateAccount: true, sellsOnShop: false });
    expect(r.videos).toEqual([]);
  });

  it('keeps hostile markup as plain text', () => {
    const r = extractPage(loadDoc('profile-hostile.html'), url) as ProfileExtract;
    expect(r.creator.nickname).toBe('<img src=x onerror="window.__pwned=1">');
    expect(r.creator.bio).toContain('<script>');
    expect(r.creator.email).toBe('biz@evil.example');
  });

  it('returns unknown, with a reason, for a missing account and for a redesigned page', () => {
    const gone = extractPage(loadDoc('profile-notfound.html'), 'https://www.tiktok.com/@nobody');
    expect(gone).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/does not exist/) });
    const redesigned = extractPage(loadDoc('profile-redesigned.html'), url);
    expect(redesigned).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/not recognised/) });
  });
});

describe('other pages', () => {
  it('reads a product from the DOM alone (euros, German)', () => {
    const r = extractPage(loadDoc('product-dom-only.html'), 'https://shop.tiktok.com/view/product/1729384756109999999?region=DE');
    expect(r).toMatchObject({ kind: 'product', product: { id: '1729384756109999999', title: 'Feuchtigkeitsserum 30 ml', price: { amount: 18.99, currency: 'EUR' }, soldCount: 1200, rating: 4.5, shopName: 'Dewlab EU' } });
  });

  it('after a client-side navigation, reads the visible product, not the head left from the previous one', () => {
    const url = 'https://www.tiktok.com/shop/pdp/overnight-lip-mask/1729384756100000099';
    const rendered = readFixture('product-en.html').replace(/<div id="root">[\s\S]*<\/body>/, '<div id="root"><h1>Overnight Lip Mask 20g</h1><div class="index-price--x"><span>$12.50</span></div></div></body>');
    expect(extractPage(parseHtml(rendered), url)).toMatchObject({ kind: 'product', product: { id: '1729384756100000099', title: 'Overnight Lip Mask 20g', price: { amount: 12.5, currency: 'USD' }, url } });
    // When the new page brings its own structured data, that is the one read.
    const ld = JSON.stringify({ '@type': 'Product', name: 'Overnight Lip Mask 20g', productID: '1729384756100000099', offers: { price: '12.50', priceCurrency: 'USD' } });
    const withLd = rendered.replace('<h1>', `<script type="application/ld+json">${ld}</script><h1>`);
    expect(extractPage(parseHtml(withLd), url)).toMatchObject({ kind: 'product', product: { id: '1729384756100000099', title: 'Overnight Lip Mask 20g', price: { amount: 12.5 } } });
    // On its own address the original page reads as before.
    expect(extractPage(loadDoc('product-en.html'), 'https://www.tiktok.com/shop/pdp/hydrating-barrier-serum-30ml/1729384756102938475')).toMatchObject({ product: { title: 'Hydrating Barrier Serum 30ml \u2013 Ceramides + Niacinamide', price: { amount: 18.99 } } });
  });

  it('reads Seller Center creator cards in Indonesian, leaving unreadable figures absent', () => {
    const r = extractPage(loadDoc('marketplace-id-cards.html'), 'https://affiliate.tiktok.com/connection/creator?shop_region=ID');
    expect(r.kind).toBe('marketplace');
    if (r.kind !== 'marketplace') return;
    expect(r.creators.map((c) => c.handle)).toEqual(['kopi_rina', 'dapur.ayu', 'bukan_angka']);
    expect(r.creators[0]).toMatchObject({ nickname: 'Rina Kopi', followers: 12_500, itemsSold: 1200, avgViews: 3400, gmv: 'Rp1jt-Rp10jt', categories: ['Makanan & Minuman'] });
    expect(r.creators[0]!.engagementRate).toBeCloseTo(0.051);
    expect(r.creators[2]!.followers).toBeUndefined();
    expect(r.warnings.some((w) => w.startsWith('creators.followers'))).toBe(true);
  });

  it('reads an ARIA grid of creators, and a table whose header row sits in its body', () => {
    const grid = parseHtml(`<div role="grid">
      <div role="row"><div role="columnheader">Creator</div><div role="columnheader">Followers</div><div role="columnheader">Items sold</div></div>
      <div role="row"><div role="gridcell"><span>Nia</span><span>@nia.cooks</span></div><div role="gridcell">8,2K</div><div role="gridcell">310</div></div>
    </div>`);
    expect(extractPage(grid, 'https://affiliate.tiktok.com/connection/creator')).toMatchObject({ kind: 'marketplace', creators: [{ handle: 'nia.cooks', followers: 8200, itemsSold: 310 }] });
    const bodyHeader = parseHtml(`<table><tbody><tr><th>Creator</th><th>Avg. views</th></tr>
      <tr><td><span>@lee_fit</span></td><td>12K</td></tr></tbody></table>`);
    expect(extractPage(bodyHeader, 'https://affiliate.tiktok.com/connection/creator')).toMatchObject({ kind: 'marketplace', creators: [{ handle: 'lee_fit', avgViews: 12_000 }] });
  });

  it('says what a page is when it is not one we read', () => {
    expect(extractPage(parseHtml('<html><body>feed</body></html>'), 'https://www.tiktok.com/foryou')).toMatchObject({ kind: 'unknown' });
    expect(extractPage(parseHtml(''), 'not a url')).toMatchObject({ kind: 'unknown' });
    expect(extractPage(parseHtml('<p>hi</p>'), 'https://example.com/@x')).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('not a TikTok page') });
  });
});

describe('tapped API responses', () => {
  const body = JSON.parse(readFixture('api-post-item_list.json'));

  it('turns /api/post/item_list/ into videos with dates, likes and product links', () => {
    const r = readTapped('https://www.tiktok.com/api/post/item_list/?secUid=x&count=35', body);
    expect(r.kind).toBe('videos');
    if (r.kind !== 'videos') return;
    expect(r.handle).toBe('glowwithmara');
    expect(r.videos.length).toBe(body.itemList.length);
    expect(r.videos[0]).toMatchObject({ id: '7430000000000011000', views: 31381, likes: 1722, comments: 47, shares: 12, saves: 108, hasProduct: true });
  });

  it('ignores responses of another shape', () => {
    expect(readTapped('https://www.tiktok.com/api/post/item_list/', { itemList: 'nope' }).kind).toBe('ignored');
    expect(readTapped('https://www.tiktok.com/api/user/detail/', null).kind).toBe('ignored');
  });

  it('merges API videos into a DOM-only profile and drops the warnings they answer', () => {
    const page = extractPage(loadDoc('profile-de-domonly.html'), 'https://www.tiktok.com/@glowwithmara') as ProfileExtract;
    const r = readTapped('https://www.tiktok.com/api/post/item_list/', body);
    if (r.kind !== 'videos') throw new Error('expected videos');
    const merged = mergeTapped(page, undefined, r.videos);
    expect(merged.videos.find((v) => v.id === '7430000000000011000')).toMatchObject({ likes: 1722 });
    expect(merged.warnings.some((w) => w.startsWith('videos'))).toBe(false);
  });
});
