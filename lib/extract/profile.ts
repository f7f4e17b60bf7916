import type { ExtractedCreator, ExtractedVideo, PageExtract } from '../model/page';
import { parseCount } from './counts';
import { attrOf, findEmail, isRecord, rawTextOf, textOf } from './dom';
import { creatorFromJson, videosFromJson } from './from-json';
import { captionIsSponsored } from './sponsored';
import { TtStats, TtUser, TtUserInfo } from './tiktok-json';
import { byHandle, sigiState, universalScope } from './universal';

// Fields every profile shows; a missing one is named in `warnings`.
const EXPECTED: (keyof ExtractedCreator)[] = ['tiktokId', 'nickname', 'bio', 'verified', 'followers', 'following', 'likes', 'videoCount', 'avatarUrl'];

interface JsonProfile {
  creator: Partial<ExtractedCreator>;
  videos: ExtractedVideo[];
}

/** The embedded JSON, but only when it describes the handle in the URL (after SPA navigation it does not). */
function fromEmbeddedJson(doc: Document, handle: string): JsonProfile | undefined {
  const scope = universalScope(doc, 'webapp.user-detail');
  if (isRecord(scope)) {
    const info = TtUserInfo.safeParse(scope.userInfo);
    if (info.success && info.data.user.uniqueId?.toLowerCase() === handle) {
      const { user, stats, statsV2, itemList } = info.data;
      return { creator: creatorFromJson(user, stats, statsV2), videos: videosFromJson(itemList) };
    }
  }
  const sigi = sigiState(doc);
  if (sigi) {
    const user = TtUser.safeParse(byHandle(sigi.users, handle));
    if (user.success && user.data.uniqueId?.toLowerCase() === handle) {
      const stats = TtStats.safeParse(byHandle(sigi.stats, handle));
      const items = Object.values(sigi.items).filter((it) => {
        const author = isRecord(it) ? it.author : undefined;
        const name = typeof author === 'string' ? author : isRecord(author) ? author.uniqueId : undefined;
        return typeof name === 'string' && name.toLowerCase() === handle;
      });
      return { creator: creatorFromJson(user.data, stats.success ? stats.data : undefined, undefined), videos: videosFromJson(items) };
    }
  }
  return undefined;
}

function count(doc: Document, e2e: string): number | undefined {
  const el = doc.querySelector(`[data-e2e="${e2e}"]`);
  // The title attribute sometimes carries the exact figure where the text is compact.
  const exact = el?.getAttribute('title');
  return (exact ? parseCount(exact) : undefined) ?? (el?.textContent ? parseCount(el.textContent) : undefined);
}

/** The rendered profile header, as after client-side navigation when no JSON describes the page. */
function fromDom(doc: Document, handle: string): Partial<ExtractedCreator> {
  const title = textOf(doc, '[data-e2e="user-title"]');
  if (title && title.replace(/^@/, '').toLowerCase() !== handle) return {};
  const bio = rawTextOf(doc, '[data-e2e="user-bio"]');
  const link = doc.querySelector('[data-e2e="user-link"]');
  return {
    handle: title ? handle : undefined,
    nickname: textOf(doc, '[data-e2e="user-subtitle"]'),
    bio,
    followers: count(doc, 'followers-count'),
    following: count(doc, 'following-count'),
    likes: count(doc, 'likes-count'),
    avatarUrl: attrOf(doc, '[data-e2e="user-avatar"] img', 'src'),
    bioLink: link ? bioLinkTarget(link) : undefined,
    email: findEmail(bio),
    verified: doc.querySelector('[data-e2e="user-title"] ~ svg, [data-e2e="verify-badge"], [data-e2e="user-verified"]') ? true : undefined,
  };
}

// TikTok wraps outbound links in its redirector (`/link/v2?target=…`); the creator's own link is the target.
function bioLinkTarget(a: Element): string | undefined {
  const href = a.getAttribute('href') ?? '';
  try {
    const target = new URL(href, 'https://www.tiktok.com').searchParams.get('target');
    if (target) return target;
  } catch {
    /* fall through to the visible text */
  }
  const text = a.textContent?.trim();
  return text ? (/^https?:\/\//.test(text) ? text : `https://${text}`) : undefined;
}

export function videosFromDom(doc: Document, handle: string): ExtractedVideo[] {
  const out: ExtractedVideo[] = [];
  const seen = new Set<string>();
  for (const card of doc.querySelectorAll('[data-e2e="user-post-item"]')) {
    const href = card.querySelector('a[href*="/video/"], a[href*="/photo/"]')?.getAttribute('href') ?? '';
    const m = /@([^/]+)\/(?:video|photo)\/(\d+)/.exec(href);
    if (!m || m[1]!.toLowerCase() !== handle || seen.has(m[2]!)) continue;
    seen.add(m[2]!);
    const viewsText = card.querySelector('[data-e2e="video-views"]')?.textContent;
    const description = textOf(card, '[data-e2e="user-post-item-desc"]') ?? attrOf(card, 'img[alt]', 'alt') ?? '';
    const video: ExtractedVideo = {
      id: m[2]!,
      views: viewsText ? parseCount(viewsText) : undefined,
      description,
      // A grid card does not show whether the video links a product; only the video's JSON does.
      hasProduct: false,
    };
    if (captionIsSponsored(description)) video.sponsored = true;
    out.push(video);
  }
  return out;
}

export function extractProfile(doc: Document, handle: string): PageExtract {
  const json = fromEmbeddedJson(doc, handle);
  const dom = fromDom(doc, handle);
  if (!json && !dom.handle && dom.followers === undefined) {
    const notFound = /couldn.t find this account|user-page-empty/i.test(doc.body?.textContent?.slice(0, 5000) ?? '');
    return {
      kind: 'unknown',
      reason: notFound ? `@${handle}: this account does not exist or is unavailable` : `@${handle}: the profile page's layout was not recognised`,
      warnings: ['creator'],
    };
  }
  const merged: Partial<ExtractedCreator> = { ...dom };
  for (const [k, v] of Object.entries(json?.creator ?? {})) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;

  const warnings = EXPECTED.filter((k) => merged[k] === undefined).map((k) => `creator.${k}`);
  const creator: ExtractedCreator = {
    ...Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)),
    handle,
    nickname: merged.nickname ?? '',
    bio: merged.bio ?? '',
    verified: merged.verified ?? false,
  };

  const jsonVideos = json?.videos ?? [];
  const known = new Set(jsonVideos.map((v) => v.id));
  const domVideos = videosFromDom(doc, handle).filter((v) => !known.has(v.id));
  const videos = [...jsonVideos, ...domVideos];
  if (!videos.length && !creator.privateAccount) warnings.push('videos');
  if (domVideos.length) warnings.push('videos.createdAt', 'videos.likes', 'videos.hasProduct');
  return { kind: 'profile', creator, videos, warnings };
}
