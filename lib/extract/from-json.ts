import type { ExtractedCreator, ExtractedVideo } from '../model/page';
import { toCount } from './counts';
import { findEmail } from './dom';
import { TtItem, type TtUser, TtStats } from './tiktok-json';
import type { z } from 'zod';

type Stats = z.infer<typeof TtStats> | undefined;

/** Prefer statsV2 (exact digit strings) and fall back to stats (numbers that older pages round). */
function stat(v2: Stats, v1: Stats, ...keys: (keyof z.infer<typeof TtStats>)[]): number | undefined {
  for (const s of [v2, v1]) for (const k of keys) {
    const n = toCount(s?.[k]);
    if (n !== undefined) return n;
  }
  return undefined;
}

export function creatorFromJson(user: TtUser, stats: Stats, statsV2: Stats): Partial<ExtractedCreator> {
  const bio = user.signature;
  const out: Partial<ExtractedCreator> = {
    handle: user.uniqueId?.toLowerCase(),
    tiktokId: user.id || undefined,
    nickname: user.nickname,
    bio,
    verified: user.verified,
    followers: stat(statsV2, stats, 'followerCount'),
    following: stat(statsV2, stats, 'followingCount'),
    likes: stat(statsV2, stats, 'heartCount', 'heart'),
    videoCount: stat(statsV2, stats, 'videoCount'),
    avatarUrl: user.avatarMedium || user.avatarLarger || user.avatarThumb || undefined,
    bioLink: user.bioLink?.link || undefined,
    email: findEmail(bio),
    region: user.region || undefined,
    privateAccount: user.privateAccount ?? user.secret,
  };
  // A Shop seller account, or a commerce (creator marketplace) account, is a creator who can sell.
  if (user.ttSeller !== undefined || user.commerceUserInfo?.commerceUser !== undefined) {
    out.sellsOnShop = user.ttSeller === true || user.commerceUserInfo?.commerceUser === true;
  }
  if (user.commerceUserInfo?.category) out.categories = [user.commerceUserInfo.category];
  return out;
}

function itemHasProduct(item: TtItem): boolean {
  if (item.products?.length) return true;
  if (toCount(item.isECVideo) === 1) return true;
  // Type 33 is the product anchor ("Shop" link under the caption); its schema points at a product page.
  return (item.anchors ?? []).some((a) => toCount(a.type) === 33 || /product_id|ec\/pdp|\/product\//i.test(a.schema ?? ''));
}

export function videoFromJson(raw: unknown): ExtractedVideo | undefined {
  const parsed = TtItem.safeParse(raw);
  if (!parsed.success || !/^\d+$/.test(parsed.data.id)) return undefined;
  const item = parsed.data;
  const pick = (k: 'playCount' | 'diggCount' | 'commentCount' | 'shareCount' | 'collectCount') =>
    toCount(item.statsV2?.[k]) ?? toCount(item.stats?.[k]);
  const created = toCount(item.createTime);
  return {
    id: item.id,
    // createTime is in seconds; some responses send milliseconds.
    createdAt: created ? new Date(created < 1e11 ? created * 1000 : created).toISOString() : undefined,
    views: pick('playCount'),
    likes: pick('diggCount'),
    comments: pick('commentCount'),
    shares: pick('shareCount'),
    saves: pick('collectCount'),
    description: item.desc ?? '',
    hasProduct: itemHasProduct(item),
  };
}

export function videosFromJson(list: unknown[] | undefined): ExtractedVideo[] {
  if (!Array.isArray(list)) return [];
  const out: ExtractedVideo[] = [];
  for (const raw of list) {
    const v = videoFromJson(raw);
    if (v) out.push(v);
  }
  return out;
}
