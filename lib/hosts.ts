/** Every TikTok host Creator Scout reads. Manifest host permissions and content-script matches come from here. */
export const TIKTOK_WWW = ['https://www.tiktok.com/*'];
export const TIKTOK_SHOP = ['https://shop.tiktok.com/*', 'https://www.tiktok.com/shop/*'];
// Seller Center and the affiliate center live on regional hosts; these are the ones TikTok Shop uses.
export const TIKTOK_SELLER = [
  'https://affiliate.tiktok.com/*',
  'https://affiliate-us.tiktok.com/*',
  'https://affiliate.tiktokglobalshop.com/*',
  'https://seller.tiktok.com/*',
  'https://seller-us.tiktok.com/*',
  'https://seller-uk.tiktok.com/*',
  'https://seller.tiktokglobalshop.com/*',
];
export const TIKTOK_HOST_PATTERNS = [
  'https://www.tiktok.com/*',
  'https://shop.tiktok.com/*',
  ...TIKTOK_SELLER,
];

const TIKTOK_HOSTNAMES = new Set(TIKTOK_HOST_PATTERNS.map((p) => new URL(p.replace('/*', '/')).hostname));

/** True for an https URL on one of the hosts above: the only web pages whose messages we accept. */
export function isTikTokUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && TIKTOK_HOSTNAMES.has(u.hostname);
  } catch {
    return false;
  }
}
