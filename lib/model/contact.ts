import { labels } from '../i18n/t';
import { z } from '../zod';

export const CONTACT_KINDS = ['email', 'instagram', 'youtube', 'whatsapp', 'phone', 'link'] as const;
export const ContactKind = z.enum(CONTACT_KINDS);
export type ContactKind = z.infer<typeof ContactKind>;

export const CONTACT_LABEL = labels(CONTACT_KINDS, 'common.contact');

/** A way to reach a creator beyond TikTok. `value` is what to show and copy; `href` is what to open. */
export const Contact = z.object({
  kind: ContactKind,
  value: z.string().min(1).max(300),
  href: z.string().max(400).optional(),
});
export type Contact = z.infer<typeof Contact>;
