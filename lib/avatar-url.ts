/**
 * The image hosts TikTok serves avatars (and Shop images) from. An avatar URL comes from page data, which
 * a hostile page controls: loading it from anywhere would let the page make our popup fetch a URL of its
 * choosing (a tracking pixel that learns who opened Creator Scout, when). So only these hosts load.
 * Seen in TikTok's own payloads: p16-sign-va.tiktokcdn.com, p16-sign-sg.tiktokcdn.com, p77-va.tiktokcdn.com,
 * p16-sign.tiktokcdn-us.com, p19-pu-sign-useast8.tiktokcdn-us.com, p16-common-sign.tiktokcdn-us.com,
 * p16-oec-va.ibyteimg.com (Shop).
 */
export const AVATAR_HOST_DOMAINS = ['tiktokcdn.com', 'tiktokcdn-us.com', 'tiktokcdn-eu.com', 'ibyteimg.com'] as const;

/** The URL if it is an https image on a subdomain of a TikTok image host (no credentials, default port), else undefined. */
export function safeAvatarUrl(url: string | undefined | null): string | undefined {
  if (!url || url.length > 4096) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return undefined;
  const host = u.hostname.toLowerCase();
  return AVATAR_HOST_DOMAINS.some((d) => host.endsWith(`.${d}`)) ? u.href : undefined;
}
