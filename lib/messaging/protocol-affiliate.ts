import { z } from '../zod';
import { Handle } from '../model/pipeline';

/** A tapped body: the page's JSON as parsed, or the raw text of a request body (bounded). */
const Tapped = z.union([z.string().max(2_000_000), z.record(z.string(), z.unknown()), z.array(z.unknown()), z.null()]).optional();

/**
 * Affiliate-center messages, sent by the content script on the affiliate hosts (page-facing): it
 * forwards what the page tap copied, raw; the background validates and decides what it means.
 */
export const AFFILIATE_MESSAGES = {
  'affiliate.tapped': {
    req: z.object({ url: z.string().max(4000), status: z.number().int().min(0).max(999), requestBody: Tapped, body: Tapped, page: z.string().max(4000).optional() }),
    res: z.object({
      kind: z.enum(['creators', 'detail', 'invitation', 'invitation-failed', 'invitation-unrecognised', 'im', 'ignored']),
      logged: z.number().int(),
    }),
  },
  /** Whether an invitation request we could not read was just sent: the bulk bar then offers to log it. */
  'affiliate.pendingInvite': {
    req: z.object({}).default({}),
    res: z.object({
      at: z.string().optional(),
      /** Creators the invitation page named in its address (`creator_ids[n]`) whose handle we know. */
      handles: z.array(Handle).default([]),
    }),
  },
  /** "Log the invitation you just sent" for the creators selected on screen. */
  'affiliate.logSelectedInvite': {
    req: z.object({ handles: z.array(Handle).min(1).max(200) }),
    res: z.object({ logged: z.number().int() }),
  },
  'quota.usage': {
    req: z.object({}).default({}),
    res: z.object({
      weekStart: z.string(),
      invites: z.object({ used: z.number().int(), limit: z.number().int() }),
      messages: z.object({ used: z.number().int(), limit: z.number().int() }),
      /** Scores below this get a warning before an invitation spends quota on them (0 = never). */
      lowScoreWarning: z.number().int(),
    }),
  },
} as const;
