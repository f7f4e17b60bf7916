import { z } from '../zod';

export const CHANNELS = ['tiktok_dm', 'email', 'seller_center_invite', 'instagram_dm', 'sample', 'call', 'other'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const CHANNEL_LABEL: Record<Channel, string> = {
  tiktok_dm: 'TikTok DM',
  email: 'Email',
  seller_center_invite: 'Seller Center invite',
  instagram_dm: 'Instagram DM',
  sample: 'Sample',
  call: 'Call',
  other: 'Other',
};

/** Append-only: an outreach event is never edited, only followed by another. */
export const OutreachEvent = z.object({
  id: z.string().uuid(),
  handle: z.string(),
  at: z.string(),
  channel: Channel,
  direction: z.enum(['out', 'in']),
  templateId: z.string().optional(),
  note: z.string().default(''),
  author: z.string().default(''),
});
export type OutreachEvent = z.infer<typeof OutreachEvent>;
