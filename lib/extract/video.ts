import type { ExtractedVideo, PageExtract, VideoExtract } from '../model/page';
import { parseCount } from './counts';
import { isRecord, textOf } from './dom';
import { creatorFromJson, videoFromJson } from './from-json';
import { captionIsSponsored } from './sponsored';
import { TtUser } from './tiktok-json';
import { byHandle, sigiState, universalScope } from './universal';

function itemFromJson(doc: Document, videoId: string): unknown {
  const scope = universalScope(doc, 'webapp.video-detail');
  const item = isRecord(scope) && isRecord(scope.itemInfo) ? scope.itemInfo.itemStruct : undefined;
  if (isRecord(item) && String(item.id) === videoId) return item;
  const sigi = sigiState(doc);
  return sigi ? byHandle(sigi.items, videoId) : undefined;
}

const domCount = (doc: Document, e2e: string) => {
  const t = doc.querySelector(`[data-e2e="${e2e}"]`)?.textContent;
  return t ? parseCount(t) : undefined;
};

export function extractVideo(doc: Document, handle: string, videoId: string): PageExtract {
  const raw = itemFromJson(doc, videoId);
  const fromJson = raw ? videoFromJson(raw) : undefined;
  const dom: ExtractedVideo = {
    id: videoId,
    likes: domCount(doc, 'like-count') ?? domCount(doc, 'browse-like-count'),
    comments: domCount(doc, 'comment-count') ?? domCount(doc, 'browse-comment-count'),
    shares: domCount(doc, 'share-count'),
    // TikTok's save button carries the odd test id "undefined-count".
    saves: domCount(doc, 'undefined-count') ?? domCount(doc, 'favorite-count'),
    description: textOf(doc, '[data-e2e="browse-video-desc"], [data-e2e="video-desc"]') ?? '',
    hasProduct: !!doc.querySelector('[data-e2e="product-anchor"], a[href*="/shop/pdp/"], a[href*="/view/product/"]'),
  };
  if (!fromJson && dom.likes === undefined && !dom.description) {
    return { kind: 'unknown', reason: `video ${videoId}: the page's layout was not recognised`, warnings: ['video'] };
  }
  const video: ExtractedVideo = { ...dom };
  if (captionIsSponsored(dom.description)) video.sponsored = true;
  for (const [k, v] of Object.entries(fromJson ?? {})) if (v !== undefined) (video as Record<string, unknown>)[k] = v;

  const author = isRecord(raw) ? raw.author : undefined;
  const authorUser = isRecord(author) ? TtUser.safeParse(author).data : undefined;
  const creator: VideoExtract['creator'] = { handle };
  if (authorUser?.uniqueId?.toLowerCase() === handle) {
    for (const [k, v] of Object.entries(creatorFromJson(authorUser, undefined, undefined))) {
      if (v !== undefined) (creator as Record<string, unknown>)[k] = v;
    }
    creator.handle = handle;
  } else {
    const nickname = textOf(doc, '[data-e2e="browser-nickname"], [data-e2e="browse-nickname"]');
    if (nickname) creator.nickname = nickname;
  }
  const warnings = (['views', 'likes', 'comments', 'shares', 'createdAt'] as const)
    .filter((k) => video[k] === undefined)
    .map((k) => `video.${k}`);
  return { kind: 'video', creator, video, warnings };
}
