import type { AffiliateRead } from '../../model/affiliate';
import { parseCreatorDetail } from './detail';
import { parseFindCreators } from './find';
import { parseImMessages, parseImSend } from './im';
import { parseInvitation } from './invitation';

export { AFFILIATE_API } from '../tap-protocol';

/**
 * What a tapped affiliate-center exchange means (the page's own request and TikTok's answer).
 * Pure and total: any input gives an answer, hostile bodies give `ignored` or `unrecognised`.
 */
export function readAffiliate(url: string, status: number, requestBody: unknown, body: unknown): AffiliateRead {
  try {
    const path = pathOf(url);
    if (/\/creator\/marketplace\/(ai\/)?find$/.test(path)) {
      if (status < 200 || status >= 300) return { kind: 'ignored' };
      const creators = parseFindCreators(body);
      return creators.length ? { kind: 'creators', creators } : { kind: 'ignored' };
    }
    if (/\/creator\/marketplace\/profile$/.test(path)) {
      if (status < 200 || status >= 300) return { kind: 'ignored' };
      const d = parseCreatorDetail(requestBody, body);
      return d ? { kind: 'detail', ...d } : { kind: 'ignored' };
    }
    if (/\/invitation_group\/create$|\/target_plan\/create$/.test(path)) return parseInvitation(path, status, requestBody, body);
    if (/\/im\/.*send/.test(path)) {
      const messages = parseImSend(status, requestBody, body);
      return messages.length ? { kind: 'im', messages } : { kind: 'ignored' };
    }
    if (/\/im\/.*(get|messages|history)/.test(path)) {
      const messages = parseImMessages(status, requestBody, body);
      return messages.length ? { kind: 'im', messages } : { kind: 'ignored' };
    }
    return { kind: 'ignored' };
  } catch {
    return { kind: 'ignored' };
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'https://affiliate.tiktok.com').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}
