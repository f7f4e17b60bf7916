import { z } from '../zod';

export const List = z.object({ id: z.string(), name: z.string().min(1), createdAt: z.string(), updatedAt: z.string() });
export type List = z.infer<typeof List>;

export const ListMember = z.object({ listId: z.string(), handle: z.string(), addedAt: z.string() });
export type ListMember = z.infer<typeof ListMember>;

export const Template = z.object({
  id: z.string(),
  name: z.string().min(1),
  channel: z.string().optional(),
  body: z.string(),
  updatedAt: z.string(),
});
export type Template = z.infer<typeof Template>;

export const Sample = z.object({
  id: z.string(),
  handle: z.string(),
  productId: z.string().optional(),
  sentAt: z.string(),
  deliveredAt: z.string().optional(),
  videoUrl: z.string().optional(),
  postedAt: z.string().optional(),
  sparkAdsCode: z.string().optional(),
  boostStatus: z.enum(['none', 'requested', 'authorised', 'boosting', 'ended']).optional(),
  updatedAt: z.string(),
});
export type Sample = z.infer<typeof Sample>;

export const Campaign = z.object({
  id: z.string(),
  name: z.string().min(1),
  startsAt: z.string(),
  endsAt: z.string(),
  productIds: z.array(z.string()).default([]),
  listId: z.string().optional(),
  goal: z.object({ creators: z.number().optional(), videos: z.number().optional(), gmv: z.number().optional() }).default({}),
  bonusRule: z.string().default(''),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof Campaign>;

export const ProductRecord = z.object({
  id: z.string(),
  title: z.string(),
  price: z.object({ amount: z.number(), currency: z.string() }).optional(),
  soldCount: z.number().optional(),
  rating: z.number().optional(),
  shopName: z.string().optional(),
  url: z.string(),
  seenAt: z.string(),
});
export type ProductRecord = z.infer<typeof ProductRecord>;

export const Performance = z.object({
  id: z.string(),
  handle: z.string(),
  period: z.string(),
  productId: z.string().optional(),
  gmv: z.number().nonnegative(),
  orders: z.number().int().nonnegative(),
  commission: z.number().nonnegative(),
  currency: z.string().default('USD'),
});
export type Performance = z.infer<typeof Performance>;

export const Setting = z.object({ key: z.string(), value: z.unknown() });
export type Setting = z.infer<typeof Setting>;
