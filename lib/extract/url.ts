/** What kind of TikTok page a URL is, from its host and path alone. */
export type UrlKind =
  | { kind: 'profile'; handle: string }
  | { kind: 'video'; handle: string; videoId: string }
  | { kind: 'product'; productId?: string }
  | { kind: 'marketplace' }
  | { kind: 'other'; reason: string };

const HANDLE = '@([A-Za-z0-9._]{1,64})';

export function classifyUrl(url: string): UrlKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'other', reason: `not a URL: ${url.slice(0, 80)}` };
  }
  const host = u.hostname.toLowerCase();
  const path = decodeURIComponent(u.pathname);
  if (host === 'shop.tiktok.com' || (host.endsWith('tiktok.com') && /^\/shop\//.test(path))) {
    if (/\/(pdp|product|view\/product)\//.test(path)) return { kind: 'product', productId: /(\d{6,})\/?$/.exec(path)?.[1] };
    return { kind: 'other', reason: 'a TikTok Shop page that is not a product page' };
  }
  if (/^(affiliate|seller)(-[a-z]+)?\.tiktok\.com$/.test(host) || host.endsWith('tiktokglobalshop.com')) {
    return { kind: 'marketplace' };
  }
  if (host === 'www.tiktok.com' || host === 'tiktok.com' || host === 'm.tiktok.com') {
    const video = new RegExp(`^/${HANDLE}/(?:video|photo)/(\\d+)`).exec(path);
    if (video) return { kind: 'video', handle: video[1]!.toLowerCase(), videoId: video[2]! };
    const profile = new RegExp(`^/${HANDLE}/?$`).exec(path);
    if (profile) return { kind: 'profile', handle: profile[1]!.toLowerCase() };
    return { kind: 'other', reason: 'a TikTok page that is not a creator profile or video' };
  }
  return { kind: 'other', reason: `not a TikTok page (${host})` };
}
