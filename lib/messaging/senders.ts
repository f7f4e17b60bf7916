import type { MessageType } from './protocol';
import type { SenderKind } from './sender';

/**
 * The messages a content script may send. A content script runs inside TikTok's page, so whatever it
 * can ask, a hostile page that compromised it can ask too: every entry here is something we accept
 * TikTok's page knowing or doing. Everything not listed is for extension pages only (popup, options,
 * dashboard, the panel frames), so a new message is private until someone argues it onto this list.
 *
 * The on-page panels are extension-page frames (DESIGN §2), so only what the page itself shows is here:
 * what a content script read off its page, and the list chips (score and in-pipeline, nothing more).
 * tests/unit/content-script-messages.test.ts keeps this list equal to what the content scripts' code sends.
 */
export const PAGE_FACING = new Set<MessageType>([
  // Page observations: what the content script read off the page (validated here, shown to the tab's
  // own frames); tapped API responses are TikTok's own JSON, parsed in the background.
  'page.creator',
  'page.tapped',
  'page.product',
  // List pages: records the creators on screen and answers the chips (score, in the pipeline or not).
  'list.observe',
  // The on-screen selection, for the bulk bar's frame.
  'list.select',
  // TikTok's theme (dark or light page), so the tab's frames match it.
  'page.theme',
  // The affiliate center: what the page tap copied of TikTok's own exchanges, forwarded raw; the
  // background validates it and decides what it means (storage/affiliate-handlers.ts).
  'affiliate.tapped',
]);

/** Extension pages may send everything; content scripts only the page-facing messages above. */
export function senderMay(kind: SenderKind, type: MessageType): boolean {
  return kind === 'extension-page' || PAGE_FACING.has(type);
}
