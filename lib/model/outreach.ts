import { labels } from '../i18n/t';
import { z } from '../zod';

export const CHANNELS = ['tiktok_dm', 'email', 'seller_center_invite', 'seller_center_im', 'instagram_dm', 'sample', 'call', 'other'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const CHANNEL_LABEL = labels(CHANNELS, 'common.channel');

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
  /** A Seller Center target invitation this event records (logged by itself from the page's own request). */
  invitation: z
    .object({
      id: z.string().max(80),
      name: z.string().max(300),
      products: z.array(z.object({ id: z.string().max(40), commission: z.number().min(0).max(1).optional() })).max(200),
    })
    .optional(),
});
export type OutreachEvent = z.infer<typeof OutreachEvent>;
