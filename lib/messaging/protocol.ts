import { z } from '../zod';
import { TEXT_LIMITS } from '../sync/limits';
import { ExtractedCreator, ExtractedProduct, ExtractedVideo, MarketplaceCreator } from '../model/page';
import { Handle, PipelineEntry, Stage } from '../model/pipeline';
import { Channel, OutreachEvent } from '../model/outreach';
import { CreatorRecord } from '../model/creator';
import { ScoreSettings } from '../model/score';
import { List, Template } from '../model/collections';
import { SyncStatus } from '../model/sync-status';
import { BATCH_MAX, FRAME_MESSAGES, PanelSide } from './protocol-frames';
import { SCORE_MESSAGES } from './protocol-score';
import { AFFILIATE_MESSAGES } from './protocol-affiliate';

/** What the overlay shows about a creator already known to us. */
export const CreatorState = z.object({
  handle: z.string(),
  entry: PipelineEntry.optional(),
  lastOutreach: OutreachEvent.optional(),
  outreachCount: z.number().int(),
  /** Other people (teammates) who contacted this creator: the "already contacted" warning. */
  contactedByOthers: z.array(z.object({ author: z.string(), at: z.string(), channel: Channel })),
});
export type CreatorState = z.infer<typeof CreatorState>;

/** How a creator came to be recruited for a product (see storage/product-recruits.ts). */
export const RecruitedVia = z.enum(['linked', 'sample', 'campaign']);
export type RecruitedVia = z.infer<typeof RecruitedVia>;
export const ProductRecruit = z.object({ handle: z.string(), stage: Stage, via: z.array(RecruitedVia) });
export type ProductRecruit = z.infer<typeof ProductRecruit>;

export { BATCH_MAX, PanelSide } from './protocol-frames';

const noPayload = z.object({}).default({});

/**
 * Every message the background answers: one request schema and one reply schema per intent.
 * Content scripts are untrusted input; the router validates both directions with these.
 */
export const MESSAGES = {
  ...FRAME_MESSAGES,
  ping: { req: noPayload, res: z.object({ pong: z.literal(true), at: z.string() }) },
  'overlay.context': {
    req: noPayload,
    res: z.object({
      me: z.string(),
      scoreSettings: ScoreSettings,
      templates: z.array(Template),
      lists: z.array(List),
      /** Products saved from Shop pages, newest first: what a creator can be recruited for. */
      products: z.array(z.object({ id: z.string(), title: z.string() })),
      panelSide: PanelSide,
    }),
  },
  ...SCORE_MESSAGES,
  'overlay.setPanelSide': { req: z.object({ side: PanelSide }), res: z.object({ side: PanelSide }) },
  'creator.observe': {
    req: z.object({ creator: ExtractedCreator, videos: z.array(ExtractedVideo).max(500) }),
    res: z.object({ record: CreatorRecord, state: CreatorState }),
  },
  'creator.state': { req: z.object({ handle: Handle }), res: CreatorState },
  'creators.states': {
    req: z.object({ handles: z.array(Handle).max(BATCH_MAX) }),
    res: z.object({ states: z.array(CreatorState) }),
  },
  'marketplace.observe': {
    req: z.object({ creators: z.array(MarketplaceCreator).max(BATCH_MAX) }),
    res: z.object({ states: z.array(CreatorState) }),
  },
  'pipeline.add': {
    req: z.object({
      handle: Handle,
      score: z.number().int().min(0).max(100).optional(),
      scoreNote: z.string().max(120).optional(),
      listId: z.string().optional(),
    }),
    res: CreatorState,
  },
  'pipeline.bulkAdd': {
    req: z.object({
      creators: z.array(z.object({ handle: Handle, score: z.number().int().min(0).max(100).optional() })).min(1).max(BATCH_MAX),
      listId: z.string().optional(),
    }),
    res: z.object({ added: z.number().int(), states: z.array(CreatorState) }),
  },
  'pipeline.setStage': { req: z.object({ handle: Handle, stage: Stage }), res: CreatorState },
  'pipeline.note': { req: z.object({ handle: Handle, note: z.string().max(TEXT_LIMITS.note, `a note holds at most ${TEXT_LIMITS.note} characters`) }), res: CreatorState },
  'outreach.log': {
    req: z.object({
      handle: Handle,
      channel: Channel,
      direction: z.enum(['out', 'in']).default('out'),
      templateId: z.string().optional(),
      note: z.string().max(TEXT_LIMITS.note, `a note holds at most ${TEXT_LIMITS.note} characters`).optional(),
      followUpAt: z.string().optional(),
    }),
    res: CreatorState,
  },
  'sync.now': {
    req: noPayload,
    res: SyncStatus.extend({ pending: z.number().int() }),
  },
  'reminders.refresh': { req: noPayload, res: z.object({ due: z.number().int() }) },
  'product.save': { req: z.object({ product: ExtractedProduct }), res: z.object({ saved: z.literal(true), recruits: z.array(ProductRecruit) }) },
  'product.recruits': { req: z.object({ productId: z.string().min(1) }), res: z.object({ saved: z.boolean(), recruits: z.array(ProductRecruit) }) },
  'product.recruit': {
    req: z.object({ productId: z.string().min(1), handle: Handle, recruited: z.boolean() }),
    res: z.object({ state: CreatorState, recruits: z.array(ProductRecruit) }),
  },
  ...AFFILIATE_MESSAGES,
} as const;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = z.input<(typeof MESSAGES)[T]['req']>;
export type ParsedRequestOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['req']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['res']>;

export const Envelope = z.object({ type: z.string(), payload: z.unknown().optional() });

export const ERROR_CODES = ['bad_request', 'forbidden', 'not_found', 'internal'] as const;
export const ErrorReply = z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) });
export type ErrorReply = z.infer<typeof ErrorReply>;
export type Reply<T> = { ok: true; data: T } | ErrorReply;

/** A failed call, carrying the background's typed error. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorReply['error']['code'],
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}
