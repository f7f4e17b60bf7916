import { safeAvatarUrl } from '../lib/avatar-url';

/** A creator's avatar, loaded only from TikTok's image hosts (lib/avatar-url.ts); anything else is the placeholder. */
export function Avatar({ url, className = 'h-6 w-6' }: { url?: string; className?: string }) {
  const src = safeAvatarUrl(url);
  return src ? (
    <img data-scout="avatar" src={src} alt="" referrerPolicy="no-referrer" className={`${className} rounded-full`} />
  ) : (
    <span data-scout="avatar-placeholder" className={`${className} rounded-full bg-slate-200`} />
  );
}
