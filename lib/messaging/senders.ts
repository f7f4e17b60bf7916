import type { MessageType } from './protocol';
import type { SenderKind } from './sender';

/**
 * The messages a content script may send. A content script runs inside TikTok's page, so whatever it
 * can ask, a hostile page that compromised it can ask too: every entry here is something we accept
 * TikTok's page knowing or doing. Everything not listed is for extension pages only (popup, options,
 * dashboard, the panel frames), so a new message is private until someone argues it onto this list.
 *
 * Today the on-page panels still render inside the content scripts, so their actions are here too.
 * When the panels move into extension-page frames, delete the "panel" entries: what stays is what the
 * page itself observes (creators, lists, products) and the chips' states (add 'creators.states' when a
 * content script asks for chips on their own). tests/unit/content-script-messages.test.ts keeps this
 * list equal to what the content scripts' code sends.
 */
export const PAGE_FACING = new Set<MessageType>([
  // Page observations: the content script read these off the page; storing them is its whole job.
  // marketplace.observe also answers the list chips' states (in pipeline or not, stage).
  'creator.observe',
  'marketplace.observe',
  'product.save',
  // Panel (profile, list bulk bar, Shop product), while it still renders in the content script.
  'overlay.context',
  'overlay.setPanelSide',
  'pipeline.add',
  'pipeline.bulkAdd',
  'pipeline.setStage',
  'pipeline.note',
  'outreach.log',
  'product.recruits',
  'product.recruit',
  // The learned models' chances shown on the profile panel (read only; refitting is for extension pages).
  'score.learned',
]);

/** Extension pages may send everything; content scripts only the page-facing messages above. */
export function senderMay(kind: SenderKind, type: MessageType): boolean {
  return kind === 'extension-page' || PAGE_FACING.has(type);
}
