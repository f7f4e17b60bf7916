import { isRecord } from './dom';

// Disclosure hashtags in the languages we read: English, Spanish, German, French, Indonesian, Portuguese,
// Japanese and Vietnamese (with and without diacritics, as creators type both). A tag is whole: #ad, never #adventure.
const TAGS = [
  'ad', 'ads', 'advert', 'advertisement', 'sponsored', 'sponsor', 'partner', 'paidpartnership', 'paidpartner', 'brandpartner',
  'publicidad', 'anuncio', 'patrocinado', 'patrocinio', 'publi',
  'werbung', 'anzeige', 'bezahltepartnerschaft',
  'pub', 'sponsorisé', 'sponsorise', 'partenariat', 'collaborationcommerciale',
  'iklan', 'bersponsor', 'disponsori', 'endorse', 'paidpromote',
  'publicidade', 'parceria', 'parceriapaga',
  'pr', '広告', 'プロモーション', 'タイアップ', '提供',
  'quảngcáo', 'quangcao', 'tàitrợ', 'taitro',
];
const CAPTION = new RegExp(`(?:^|[^\\p{L}\\p{N}_])#(?:${TAGS.join('|')})(?![\\p{L}\\p{N}_])|paid partnership`, 'iu');

/** Does a caption disclose a paid post (#ad, #werbung, #iklan, #広告, "paid partnership"…)? */
export function captionIsSponsored(caption: string): boolean {
  // Fast path: no "#" and no "paid" means no disclosure (most captions).
  if (!caption.includes('#') && !/paid/i.test(caption)) return false;
  return CAPTION.test(caption.normalize('NFC'));
}

const flag = (v: unknown) => v === true || (typeof v === 'number' && v > 0) || (typeof v === 'string' && v !== '' && v !== '0' && v !== 'false');

/**
 * TikTok's own labels on an item: an ad (isAd), a video the creator authorised for ads (adAuthorization,
 * Spark Ads), or branded content (brandOrganicType, commerceInfo.brandedContentType, a paid-partnership flag).
 */
export function itemIsSponsored(item: Record<string, unknown>): boolean {
  if (item.isAd === true || item.adAuthorization === true || item.isPaidPartnership === true || item.paidPartnership === true) return true;
  if (flag(item.brandOrganicType) || flag(item.brandedContentType)) return true;
  const commerce = isRecord(item.commerceInfo) ? item.commerceInfo : isRecord(item.commerce_info) ? item.commerce_info : undefined;
  return !!commerce && (flag(commerce.brandedContentType) || flag(commerce.branded_content_type));
}
