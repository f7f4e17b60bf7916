import { describe, expect, it } from 'vitest';
import { readAffiliate } from '../../lib/extract/affiliate';
import { AFFILIATE_API } from '../../lib/extract/tap-protocol';
import { affiliateJson, URLS } from './affiliate-fixtures';
import { prng as rng } from './prng';

const REQ = JSON.stringify(affiliateJson('invitation-create.request.json'));

describe('affiliate center: Find creators', () => {
  it('reads every row with its oec id, handle and figures', () => {
    const r = readAffiliate(URLS.find, 200, '{}', affiliateJson('marketplace-find.response.json'));
    expect(r.kind).toBe('creators');
    if (r.kind !== 'creators') return;
    expect(r.creators).toHaveLength(5);
    expect(r.creators[0]).toEqual({
      oecId: '7493999545809013414', handle: 'lumi.skin', nickname: 'Lumi Skin', followers: 86400, avgViews: 15552,
      engagementRate: 0.041, gmv: 'USD 1000–10000', itemsSold: 1200, categories: ['Beauty & Personal Care'],
    });
  });

  it('reads the ai/find variant (Indonesia): strings for numbers, gmv_level, data-wrapped list, rows without ids skipped', () => {
    const r = readAffiliate(URLS.aiFind, 200, undefined, affiliateJson('marketplace-ai-find.id.response.json'));
    if (r.kind !== 'creators') throw new Error(r.kind);
    expect(r.creators.map((c) => c.handle)).toEqual(['putri.glow', 'dapurbunda']);
    expect(r.creators[0]).toMatchObject({ followers: 152300, gmv: 'Rp10jt-Rp100jt', itemsSold: 3400, engagementRate: 0.063, region: 'ID', categories: ['Kecantikan & Perawatan Pribadi', 'Fashion Muslim'] });
    expect(r.creators[1]!.gmv).toBe('IDR 1000000–10000000');
  });
});

describe('affiliate center: creator detail sections', () => {
  const req = JSON.stringify(affiliateJson('profile.request.json'));
  it('sales section: GMV, units, GPM, views, engagement, categories', () => {
    const r = readAffiliate(URLS.profile, 200, req, affiliateJson('profile-sales.response.json'));
    expect(r).toEqual({
      kind: 'detail', oecId: '7493999545809013414', handle: 'lumi.skin',
      detail: { gmv: 'USD 12840.50', itemsSold: 1200, gpm: 'USD 18.40', avgViews: 15552, engagementRate: 0.041, categories: ['Beauty & Personal Care', 'Health'] },
    });
  });
  it('follower section: gender, age and region splits as fractions', () => {
    const r = readAffiliate(URLS.profile, 200, req, affiliateJson('profile-followers.response.json'));
    if (r.kind !== 'detail') throw new Error(r.kind);
    expect(r.detail.followerGender).toEqual({ female: 0.71, male: 0.29 });
    expect(r.detail.followerAge).toEqual({ '18-24': 0.44, '25-34': 0.38, '35+': 0.18 });
    expect(r.detail.followerRegion).toEqual({ US: 0.82, CA: 0.07 });
  });
  it('contact section and the British variant (percent strings, GBP)', () => {
    const c = readAffiliate(URLS.profile, 200, req, affiliateJson('profile-contact.response.json'));
    if (c.kind !== 'detail') throw new Error(c.kind);
    expect(c.detail.bioLink).toBe('https://linktr.ee/lumiskin');
    expect(c.detail.contactValues).toEqual(['business@lumiskin.example', '+14155550134']);
    const uk = readAffiliate(URLS.profile, 200, '{"creator_oec_id":"7493999545809013601","profile_types":[1]}', affiliateJson('profile-uk.response.json'));
    if (uk.kind !== 'detail') throw new Error(uk.kind);
    expect(uk.detail).toMatchObject({ gmv: 'GBP 1000–5000', gpm: 'GBP 9.10', itemsSold: 880, avgViews: 12000, engagementRate: 0.042, followerRegion: { GB: 0.9 } });
  });
});

describe('affiliate center: invitations', () => {
  it('a successful invitation_group/create: id, name, products with commission, every creator', () => {
    const r = readAffiliate(URLS.invite, 200, REQ, affiliateJson('invitation-create.success.json'));
    expect(r).toEqual({
      kind: 'invitation',
      invitation: {
        id: '7588001122334455667', name: 'Spring glow launch', products: [{ id: '1729384756102938400', commission: 0.15 }],
        invited: ['7493999545809013414', '7493999545809013418'], conflicts: [], knownHandles: {},
      },
    });
  });
  it('the request body may arrive parsed (XHR with an object) or as a string (fetch)', () => {
    const a = readAffiliate(URLS.invite, 200, REQ, affiliateJson('invitation-create.success.json'));
    const b = readAffiliate(URLS.invite, 200, JSON.parse(REQ), affiliateJson('invitation-create.success.json'));
    expect(a).toEqual(b);
  });
  it('a partial clash: the conflicting creator is not invited, the rest are (same id on a retry)', () => {
    const r = readAffiliate(URLS.invite, 200, REQ, affiliateJson('invitation-create.partial-conflict.response.json'));
    if (r.kind !== 'invitation') throw new Error(r.kind);
    expect(r.invitation.invited).toEqual(['7493999545809013414']);
    expect(r.invitation.conflicts).toEqual(['7493999545809013418']);
    const again = readAffiliate(URLS.invite, 200, REQ, affiliateJson('invitation-create.partial-conflict.response.json'));
    expect(again).toEqual(r);
    const alt = readAffiliate(URLS.invite, 200, REQ, affiliateJson('invitation-create.conflict-alt.response.json'));
    if (alt.kind !== 'invitation') throw new Error(alt.kind);
    expect(alt.invitation).toMatchObject({ id: '7588001122334455999', invited: ['7493999545809013414'] });
  });
  it('a British shop on the global host: two products, handles named in the request', () => {
    const r = readAffiliate(URLS.inviteUk, 200, JSON.stringify(affiliateJson('invitation-create.uk.request.json')), affiliateJson('invitation-create.uk.success.json'));
    if (r.kind !== 'invitation') throw new Error(r.kind);
    expect(r.invitation.products).toEqual([{ id: '1731000000000000001', commission: 0.2 }, { id: '1731000000000000002', commission: 0.18 }]);
    expect(r.invitation.invited).toEqual(['7493999545809013601']);
  });
  it('failed requests: HTTP error, non-zero code, CreateTargetPlanTooOften', () => {
    expect(readAffiliate(URLS.invite, 500, REQ, affiliateJson('invitation-create.http-500.response.json'))).toEqual({ kind: 'invitation-failed', reason: 'HTTP 500' });
    expect(readAffiliate(URLS.invite, 200, REQ, affiliateJson('invitation-create.failed-code.response.json')).kind).toBe('invitation-failed');
    const tp = readAffiliate(URLS.targetPlan, 200, JSON.stringify(affiliateJson('target-plan-create.request.json')), affiliateJson('target-plan-create.too-often.json'));
    expect(tp).toMatchObject({ kind: 'invitation-failed', reason: expect.stringContaining('CreateTargetPlanTooOften') });
  });
  it('the older target_plan/create form (Indonesia)', () => {
    const r = readAffiliate(URLS.targetPlan, 200, JSON.stringify(affiliateJson('target-plan-create.request.json')), affiliateJson('target-plan-create.success.json'));
    expect(r).toEqual({
      kind: 'invitation',
      invitation: { id: '7211000000000000123', name: 'Ramadan glow', products: [{ id: '1729384756102938401', commission: 0.12 }], invited: ['7493999545809013501', '7493999545809013502'], conflicts: [], knownHandles: {} },
    });
  });
  it('an unfamiliar shape is unrecognised, never guessed', () => {
    const r = readAffiliate(URLS.invite, 200, JSON.stringify(affiliateJson('invitation-create.unfamiliar.request.json')), affiliateJson('invitation-create.unfamiliar.response.json'));
    expect(r.kind).toBe('invitation-unrecognised');
    // A known request whose answer has neither an invitation nor a clash is not invented either.
    expect(readAffiliate(URLS.invite, 200, REQ, { code: 0, data: { ok: true } }).kind).toBe('invitation-unrecognised');
  });
});

describe('affiliate center: IM', () => {
  it('a sent message is one outbound message to the creator', () => {
    const r = readAffiliate(URLS.imSend, 200, JSON.stringify(affiliateJson('im-send.request.json')), affiliateJson('im-send.response.json'));
    expect(r).toEqual({ kind: 'im', messages: [{ id: '7588100000000000001', creatorId: '7493999545809013414', direction: 'out', at: new Date(1795000000000).toISOString() }] });
  });
  it('an open conversation yields only the creator replies', () => {
    const r = readAffiliate(URLS.imGet, 200, '{}', affiliateJson('im-get.response.json'));
    expect(r).toEqual({ kind: 'im', messages: [{ id: '7588100000000000002', creatorId: '7493999545809013414', direction: 'in', at: new Date(1795000600000).toISOString() }] });
  });
  it('a failed send logs nothing', () => {
    expect(readAffiliate(URLS.imSend, 200, JSON.stringify(affiliateJson('im-send.request.json')), { code: 7, message: 'limit' }).kind).toBe('ignored');
  });
});

describe('the tap pattern', () => {
  it('matches the affiliate paths and nothing of TikTok www', () => {
    for (const u of Object.values(URLS)) expect(AFFILIATE_API.test(u), u).toBe(true);
    expect(AFFILIATE_API.test('https://www.tiktok.com/api/post/item_list/?x=1')).toBe(false);
    expect(AFFILIATE_API.test('https://affiliate.tiktok.com/api/v1/oec/affiliate/seller/product/list')).toBe(false);
  });
});

const WEIRD: unknown[] = [null, undefined, '', 'NaN', -1, 1e308, Infinity, '1.2.3M', {}, [], true, '<img src=x onerror=alert(1)>', '9'.repeat(5000), { value: { value: {} } }, { __proto__: { code: 0 } }, Object.create(null)];
function mutate(v: unknown, r: () => number): unknown {
  if (r() < 0.1) return WEIRD[Math.floor(r() * WEIRD.length)];
  if (Array.isArray(v)) return v.map((x) => mutate(x, r));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mutate(x, r)]));
  return v;
}

describe('hostile bodies', () => {
  const cases: [string, string, unknown][] = [
    [URLS.find, '{}', affiliateJson('marketplace-find.response.json')],
    [URLS.aiFind, '{}', affiliateJson('marketplace-ai-find.id.response.json')],
    [URLS.profile, JSON.stringify(affiliateJson('profile.request.json')), affiliateJson('profile-followers.response.json')],
    [URLS.invite, REQ, affiliateJson('invitation-create.success.json')],
    [URLS.invite, REQ, affiliateJson('invitation-create.partial-conflict.response.json')],
    [URLS.targetPlan, JSON.stringify(affiliateJson('target-plan-create.request.json')), affiliateJson('target-plan-create.success.json')],
    [URLS.imGet, '{}', affiliateJson('im-get.response.json')],
  ];
  it('never throw, and every invitation read from them is valid and bounded', () => {
    const r = rng(16);
    for (let i = 0; i < 400; i++) {
      const [url, req, body] = cases[i % cases.length]!;
      const bodyM = mutate(structuredClone(body), r);
      const reqM = r() < 0.5 ? req : mutate(JSON.parse(req), r);
      const out = readAffiliate(url, r() < 0.9 ? 200 : 502, reqM, bodyM);
      expect(typeof out.kind).toBe('string');
      if (out.kind === 'invitation') expect(out.invitation.invited.length).toBeLessThanOrEqual(200);
    }
    for (const w of WEIRD) for (const [url] of cases) expect(() => readAffiliate(url, 200, w, w)).not.toThrow();
    expect(readAffiliate('::not a url', 200, null, null).kind).toBe('ignored');
  });
});
