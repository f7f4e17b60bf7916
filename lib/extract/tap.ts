import { z } from '../zod';
import type { ExtractedCreator, ExtractedVideo } from '../model/page';
import { creatorFromJson, videosFromJson } from './from-json';
import { TtItemListResponse, TtUserDetailResponse } from './tiktok-json';
import { TAP_SOURCE } from './tap-protocol';

export { TAP_SOURCE, TAPPED_API } from './tap-protocol';

export const TapMessage = z.discriminatedUnion('kind', [
  z.object({ source: z.literal(TAP_SOURCE), kind: z.literal('api'), url: z.string().max(4000), body: z.unknown() }),
  z.object({ source: z.literal(TAP_SOURCE), kind: z.literal('navigate'), url: z.string().max(4000) }),
]);
export type TapMessage = z.infer<typeof TapMessage>;

export type TapData =
  | { kind: 'videos'; handle?: string; videos: ExtractedVideo[] }
  | { kind: 'creator'; creator: Partial<ExtractedCreator> }
  | { kind: 'ignored' };

/** Turn a tapped API response into creators or videos; anything unexpected is ignored, never thrown. */
export function readTapped(url: string, body: unknown): TapData {
  if (/item_list/.test(url)) {
    const r = TtItemListResponse.safeParse(body);
    if (!r.success || !r.data.itemList) return { kind: 'ignored' };
    const videos = videosFromJson(r.data.itemList);
    const first = r.data.itemList[0] as { author?: { uniqueId?: unknown } } | undefined;
    const handle = typeof first?.author?.uniqueId === 'string' ? first.author.uniqueId.toLowerCase() : undefined;
    return { kind: 'videos', handle, videos };
  }
  if (/user\/detail/.test(url)) {
    const r = TtUserDetailResponse.safeParse(body);
    if (!r.success) return { kind: 'ignored' };
    const { user, stats, statsV2 } = r.data.userInfo;
    return { kind: 'creator', creator: creatorFromJson(user, stats, statsV2) };
  }
  return { kind: 'ignored' };
}
