import { z } from '../zod';

/** What extractPage returns (DESIGN §5). These schemas also validate extracts crossing from content scripts. */
const count = z.number().finite().nonnegative();

export const ExtractedCreator = z.object({
  handle: z.string().min(1),
  tiktokId: z.string().optional(),
  nickname: z.string(),
  bio: z.string(),
  verified: z.boolean(),
  followers: count.optional(),
  following: count.optional(),
  likes: count.optional(),
  videoCount: count.optional(),
  avatarUrl: z.string().optional(),
  bioLink: z.string().optional(),
  email: z.string().optional(),
  region: z.string().optional(),
  sellsOnShop: z.boolean().optional(),
  privateAccount: z.boolean().optional(),
  // Marketplace figures may be merged in (DESIGN §6).
  gmv: z.string().optional(),
  itemsSold: count.optional(),
  avgViews: count.optional(),
  engagementRate: count.optional(),
  categories: z.array(z.string()).optional(),
});
export type ExtractedCreator = z.infer<typeof ExtractedCreator>;

export const ExtractedVideo = z.object({
  id: z.string().min(1),
  createdAt: z.string().optional(),
  views: count.optional(),
  likes: count.optional(),
  comments: count.optional(),
  shares: count.optional(),
  saves: count.optional(),
  description: z.string(),
  hasProduct: z.boolean(),
  /** A paid post: TikTok's ad or branded-content labels, or a disclosure hashtag in the caption. Absent: none seen. */
  sponsored: z.boolean().optional(),
});
export type ExtractedVideo = z.infer<typeof ExtractedVideo>;

export const ExtractedProduct = z.object({
  id: z.string().min(1),
  title: z.string(),
  price: z.object({ amount: z.number().finite(), currency: z.string() }).optional(),
  soldCount: count.optional(),
  rating: z.number().finite().optional(),
  shopName: z.string().optional(),
  url: z.string(),
});
export type ExtractedProduct = z.infer<typeof ExtractedProduct>;

export const MarketplaceCreator = z.object({
  handle: z.string().min(1),
  nickname: z.string().optional(),
  followers: count.optional(),
  avgViews: count.optional(),
  engagementRate: count.optional(),
  gmv: z.string().optional(),
  itemsSold: count.optional(),
  categories: z.array(z.string()),
});
export type MarketplaceCreator = z.infer<typeof MarketplaceCreator>;

const warnings = z.array(z.string());

export const PageExtract = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('profile'), creator: ExtractedCreator, videos: z.array(ExtractedVideo), warnings }),
  z.object({
    kind: z.literal('video'),
    creator: ExtractedCreator.partial().extend({ handle: z.string().min(1) }),
    video: ExtractedVideo,
    warnings,
  }),
  z.object({ kind: z.literal('product'), product: ExtractedProduct, warnings }),
  z.object({ kind: z.literal('marketplace'), creators: z.array(MarketplaceCreator), warnings }),
  z.object({ kind: z.literal('unknown'), reason: z.string(), warnings }),
]);
export type PageExtract = z.infer<typeof PageExtract>;
export type ProfileExtract = Extract<PageExtract, { kind: 'profile' }>;
export type VideoExtract = Extract<PageExtract, { kind: 'video' }>;
export type ProductExtract = Extract<PageExtract, { kind: 'product' }>;
export type MarketplaceExtract = Extract<PageExtract, { kind: 'marketplace' }>;
