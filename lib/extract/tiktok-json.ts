import { z } from '../zod';

/**
 * The parts of TikTok's own JSON we read (embedded on first load, and the API responses the page tap
 * copies). Every field is optional and unknown fields pass: TikTok adds and drops fields without notice,
 * and one odd field must not cost us the rest.
 */
const num = z.union([z.number(), z.string()]).optional().catch(undefined);
const str = z.string().optional().catch(undefined);
const bool = z.boolean().optional().catch(undefined);

export const TtStats = z.looseObject({
  followerCount: num,
  followingCount: num,
  heart: num,
  heartCount: num,
  videoCount: num,
});

export const TtUser = z.looseObject({
  id: str,
  uniqueId: str,
  nickname: str,
  signature: str,
  verified: bool,
  avatarLarger: str,
  avatarMedium: str,
  avatarThumb: str,
  region: str,
  privateAccount: bool,
  secret: bool,
  ttSeller: bool,
  bioLink: z.looseObject({ link: str }).optional().catch(undefined),
  commerceUserInfo: z.looseObject({ commerceUser: bool, category: str }).optional().catch(undefined),
});
export type TtUser = z.infer<typeof TtUser>;

export const TtUserInfo = z.looseObject({
  user: TtUser,
  stats: TtStats.optional().catch(undefined),
  statsV2: TtStats.optional().catch(undefined),
  itemList: z.array(z.unknown()).optional().catch(undefined),
});

/** `/api/post/item_list/` and similar: a page of a profile's videos. */
export const TtItemListResponse = z.looseObject({
  itemList: z.array(z.unknown()).optional().catch(undefined),
  hasMore: z.boolean().optional().catch(undefined),
  cursor: z.union([z.string(), z.number()]).optional().catch(undefined),
  statusCode: z.number().optional().catch(undefined),
});

/** `/api/user/detail/`: the same `userInfo` the profile embeds. */
export const TtUserDetailResponse = z.looseObject({ userInfo: TtUserInfo, statusCode: z.number().optional().catch(undefined) });
