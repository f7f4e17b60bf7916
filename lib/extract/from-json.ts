import type { ExtractedCreator, ExtractedVideo } from '../model/page';
import { toCount } from './counts';
import { findEmail, isRecord } from './dom';
import { captionIsSponsored, itemIsSponsored } from './sponsored';
import type { TtStats, TtUser } from './tiktok-json';

type Stats = TtStats | undefined;

/** Prefer statsV2 (exact digit strings) and fall back to stats (numbers that older pages round). */
function stat(v2: Stats, v1: Stats, ...keys: ('followerCount' | 'followingCount' | 'heart' | 'heartCount' | 'videoCount')[]): number | undefined {
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

type Rec = Record<string, unknown>;

function itemHasProduct(item: Rec): boolean {
  if (Array.isArray(item.products) && item.products.length) return true;
  if (toCount(item.isECVideo) === 1) return true;
  // Type 33 is the product anchor ("Shop" link under the caption); its schema points at a product page.
  if (!Array.isArray(item.anchors)) return false;
  return item.anchors.some((a) => isRecord(a) && (toCount(a.type) === 33 || /product_id|ec\/pdp|\/product\//i.test(typeof a.schema === 'string' ? a.schema : '')));
}

/**
 * One item of TikTok's JSON (itemStruct, ItemModule entry, item_list element) as a video. Read by hand
 * rather than with a schema: a profile carries hundreds of items and this runs on every page read
 * (extract.profile_ms); every field is still checked for its type, and a malformed item is skipped.
 */
export function videoFromJson(raw: unknown): ExtractedVideo | undefined {
  if (!isRecord(raw)) return undefined;
  const id = typeof raw.id === 'string' ? raw.id : typeof raw.id === 'number' ? String(raw.id) : '';
  if (!/^\d+$/.test(id)) return undefined;
  const v2 = isRecord(raw.statsV2) ? raw.statsV2 : undefined;
  const v1 = isRecord(raw.stats) ? raw.stats : undefined;
  const pick = (k: string) => toCount(v2?.[k]) ?? toCount(v1?.[k]);
  const created = toCount(raw.createTime);
  let createdAt: string | undefined;
  if (created) {
    // createTime is in seconds; some responses send milliseconds.
    const d = new Date(created < 1e11 ? created * 1000 : created);
    if (!Number.isNaN(d.getTime())) createdAt = d.toISOString();
  }
  const description = typeof raw.desc === 'string' ? raw.desc : '';
  const video: ExtractedVideo = {
    id,
    createdAt,
    views: pick('playCount'),
    likes: pick('diggCount'),
    comments: pick('commentCount'),
    shares: pick('shareCount'),
    saves: pick('collectCount'),
    description,
    hasProduct: itemHasProduct(raw as Rec),
  };
  if (itemIsSponsored(raw) || captionIsSponsored(description)) video.sponsored = true;
  return video;
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
