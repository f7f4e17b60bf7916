import { isTikTokUrl } from '../hosts';

/** The parts of a runtime.MessageSender the background judges. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type SenderKind = 'extension-page' | 'content-script';

/**
 * Only our own extension pages, and our content scripts on TikTok hosts, may talk to the background.
 * Anything else (another extension, a page we do not run on) is refused.
 */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind | undefined {
  if (sender.id !== ownId) return undefined;
  if (sender.url?.startsWith(ownOrigin)) return 'extension-page';
  if (isTikTokUrl(sender.url) || (sender.url === undefined && isTikTokUrl(sender.tab?.url))) return 'content-script';
  return undefined;
}
