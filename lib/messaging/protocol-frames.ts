import { z } from '../zod';
import { ExtractedCreator, ExtractedProduct, ExtractedVideo, MarketplaceCreator } from '../model/page';
import { Handle } from '../model/pipeline';
import { BATCH_MAX, FRAME_PORT_PREFIX, ON_PAGE_MAX, type FrameKind as FrameKindName } from './limits';

/**
 * The on-page panels are extension pages in iframes (DESIGN §2). A content script reports what it read
 * from the page to the background (the messages below, page-facing); a panel frame connects to the
 * background by a runtime port and receives the state of its own tab from there. Nothing the recruiter
 * typed or the team knows passes through the page's DOM or window.postMessage.
 */

/** Which bottom corner the on-page panels sit in, so they can be moved off TikTok's own controls. */
export const PanelSide = z.enum(['right', 'left']);
export type PanelSide = z.infer<typeof PanelSide>;

export { BATCH_MAX, ON_PAGE_MAX };

const warnings = z.array(z.string().max(200)).max(50);
const reason = z.string().max(500);

/** What the profile/video content script read from its page. */
export const CreatorRead = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('reading'), handle: Handle }),
  z.object({ kind: z.literal('unreadable'), reason }),
  z.object({ kind: z.literal('profile'), creator: ExtractedCreator, videos: z.array(ExtractedVideo).max(2000), warnings }),
  z.object({ kind: z.literal('video'), creator: ExtractedCreator.partial().extend({ handle: z.string().min(1) }), video: ExtractedVideo, warnings }),
]);
export type CreatorRead = z.infer<typeof CreatorRead>;

/** What the profile/video panel shows: the read, merged with what the page tap copied. */
export const CreatorView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('reading'), handle: z.string() }),
  z.object({ kind: z.literal('unreadable'), reason: z.string() }),
  z.object({ kind: z.literal('creator'), creator: ExtractedCreator, videos: z.array(ExtractedVideo), warnings: z.array(z.string()) }),
]);
export type CreatorView = z.infer<typeof CreatorView>;

export const ProductView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('reading') }),
  z.object({ kind: z.literal('unreadable'), reason }),
  z.object({ kind: z.literal('product'), product: ExtractedProduct }),
]);
export type ProductView = z.infer<typeof ProductView>;

/** A list chip: only what the page shows, our score and whether the creator is in the pipeline. */
export const ListChip = z.object({ handle: z.string(), score: z.number().int().min(0).max(100), inPipeline: z.boolean() });
export type ListChip = z.infer<typeof ListChip>;
export const ChipPaint = z.object({ handle: z.string(), inPipeline: z.boolean() });
export type ChipPaint = z.infer<typeof ChipPaint>;

export const FrameKind = z.enum(['panel', 'shop-panel', 'bulk-bar'] satisfies FrameKindName[]);
export type FrameKind = z.infer<typeof FrameKind>;

/** The bulk bar's page state: every creator chipped on screen with its score, and the on-screen selection. */
export const ListPageState = z.object({
  seen: z.array(z.object({ handle: z.string(), score: z.number().int().optional() })),
  selected: z.array(z.string()),
});
export type ListPageState = z.infer<typeof ListPageState>;

/** TikTok's own theme in the frame's tab: a panel is dark where the page is (DESIGN: dark-mode aware). */
const pageTheme = { dark: z.boolean().optional() };
export const FrameState = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('panel'), view: CreatorView, ...pageTheme }),
  z.object({ kind: z.literal('shop-panel'), view: ProductView, ...pageTheme }),
  z.object({ kind: z.literal('bulk-bar'), list: ListPageState, ...pageTheme }),
]);
export type FrameState = z.infer<typeof FrameState>;

/** Background → frame, over the frame's port. */
export const ToFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), state: FrameState }),
  /** The keyboard shortcut: open the panel and take the focus. */
  z.object({ type: z.literal('open') }),
]);
export type ToFrame = z.infer<typeof ToFrame>;

const px = z.number().int().min(0).max(4000);
/** Frame → background, over the frame's port. */
export const FromFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('layout'), width: px, height: px, side: PanelSide }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('chips'), chips: z.array(ChipPaint).max(BATCH_MAX) }),
]);
export type FromFrame = z.infer<typeof FromFrame>;

export { FRAME_PORT_PREFIX };

/**
 * Background → content script (tabs.sendMessage). Only our own background can send these; the content
 * script checks their shape by hand (it carries no schema library).
 */
export type FrameToContent =
  | { type: 'overlay.open' }
  | { type: 'frame.layout'; kind: FrameKind; width: number; height: number; side: PanelSide }
  | { type: 'frame.close'; kind: FrameKind }
  | { type: 'page.resend' }
  | { type: 'chips.paint'; chips: ChipPaint[] };

const done = z.object({ received: z.literal(true) });

/** Page-facing messages: what content scripts send about the page they run on (DESIGN §2). */
export const FRAME_MESSAGES = {
  'page.creator': { req: z.object({ read: CreatorRead }), res: done },
  /** A TikTok API response the MAIN-world tap copied: validated here, in the background, not in the page. */
  'page.tapped': { req: z.object({ url: z.string().max(4000), body: z.unknown() }), res: done },
  'page.product': { req: z.object({ view: ProductView }), res: done },
  'list.observe': {
    req: z.object({ creators: z.array(MarketplaceCreator).max(BATCH_MAX) }),
    res: z.object({ chips: z.array(ListChip) }),
  },
  'list.select': { req: z.object({ handles: z.array(z.string().max(64)).max(ON_PAGE_MAX) }), res: done },
  /** Whether TikTok shows its dark theme in this tab (the page's background), for the tab's frames. */
  'page.theme': { req: z.object({ dark: z.boolean() }), res: done },
} as const;
