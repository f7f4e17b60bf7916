import { z } from '../zod';

/** Messages the background sends to a tab's content script (the keyboard shortcut). */
export const ToContent = z.discriminatedUnion('type', [z.object({ type: z.literal('overlay.open') })]);
export type ToContent = z.infer<typeof ToContent>;
