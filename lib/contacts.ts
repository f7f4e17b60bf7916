import { Contact } from './model/contact';

/**
 * Ways to reach a creator beyond TikTok, read from text they published (bio, bio link, the affiliate
 * center's contact fields). Pure: links are recognised by their shape, never fetched. Every `href` is
 * built here from the recognised value (https, mailto, tel), never copied from the page.
 */
export interface ContactSources {
  bio?: string;
  bioLink?: string;
  email?: string;
  /** Raw contact values TikTok shows (e-mail or phone). */
  values?: string[];
}

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}/g;
const IG_URL = /(?:https?:\/\/)?(?:www\.)?(?:instagram\.com|instagr\.am)\/([A-Za-z0-9._]{1,30})/gi;
const IG_TAG = /\b(?:ig|insta|instagram)(?![\w.\/])\s*[:：\-]?\s*@?([A-Za-z0-9_][A-Za-z0-9._]{0,29})/gi;
const YT_URL = /(?:https?:\/\/)?(?:www\.|m\.)?(?:youtube\.com\/(?:@|c\/|channel\/|user\/)([A-Za-z0-9._-]{1,100})|youtu\.be\/([A-Za-z0-9_-]{6,20}))/gi;
const YT_TAG = /\b(?:yt|youtube)(?![\w.\/])\s*[:：\-]?\s*@([A-Za-z0-9._-]{1,100})/gi;
const WA_URL = /(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com\/send\?phone=)\/?\+?(\d{7,15})/gi;
const WA_TAG = /\b(?:wa|whats\s?app)\s*[:：\-]?\s*(\+?[\d][\d\s().-]{6,20}\d)/gi;
const PHONE_TAG = /(?:\b(?:tel|phone|call|hp|telp|mob(?:ile)?)\b\.?\s*[:：\-]?\s*|📞\s*|☎️?\s*)(\+?[\d][\d\s().-]{6,20}\d)/gi;
const PLUS_PHONE = /(?<![\w/])(\+\d[\d\s().-]{7,20}\d)/g;
const LINK = /\bhttps?:\/\/[^\s<>"'`]{3,300}|\b(?:linktr\.ee|beacons\.ai|stan\.store|lnk\.bio|bio\.link|campsite\.bio|linkin\.bio|komi\.io|hoo\.be|msha\.ke|tap\.bio|snipfeed\.co|carrd\.co)\/[^\s<>"'`]{1,200}/gi;

const digitsOf = (s: string) => s.replace(/\D/g, '');

function safeHttps(raw: string): string | undefined {
  try {
    const u = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    u.protocol = 'https:';
    return u.href.slice(0, 400);
  } catch {
    return undefined;
  }
}

export function extractContacts(src: ContactSources): Contact[] {
  const out: Contact[] = [];
  const add = (c: Contact) => {
    const parsed = Contact.safeParse(c);
    if (!parsed.success) return;
    const key = `${c.kind}:${c.value.toLowerCase()}`;
    if (!out.some((o) => `${o.kind}:${o.value.toLowerCase()}` === key)) out.push(parsed.data);
  };
  const texts = [src.bio ?? '', src.email ?? '', ...(src.values ?? [])].map((t) => String(t).slice(0, 5000));
  const text = texts.join('\n');
  const all = [text, src.bioLink ?? ''].join('\n');

  for (const m of text.matchAll(EMAIL)) add({ kind: 'email', value: m[0].toLowerCase(), href: `mailto:${m[0].toLowerCase()}` });

  const noEmails = all.replace(EMAIL, ' ');
  for (const re of [IG_URL, IG_TAG]) {
    for (const m of noEmails.matchAll(re)) {
      const h = m[1]!.replace(/\.+$/, '');
      if (h) add({ kind: 'instagram', value: `@${h}`, href: `https://www.instagram.com/${h}/` });
    }
  }
  for (const m of noEmails.matchAll(YT_URL)) {
    if (m[1]) add({ kind: 'youtube', value: `@${m[1]}`, href: `https://www.youtube.com/@${m[1]}` });
    else if (m[2]) add({ kind: 'youtube', value: `youtu.be/${m[2]}`, href: `https://youtu.be/${m[2]}` });
  }
  for (const m of noEmails.matchAll(YT_TAG)) add({ kind: 'youtube', value: `@${m[1]}`, href: `https://www.youtube.com/@${m[1]}` });

  const waDigits = new Set<string>();
  for (const re of [WA_URL, WA_TAG]) {
    for (const m of noEmails.matchAll(re)) {
      const d = digitsOf(m[1]!);
      if (d.length < 7 || d.length > 15) continue;
      waDigits.add(d);
      add({ kind: 'whatsapp', value: `+${d}`, href: `https://wa.me/${d}` });
    }
  }
  for (const re of [PHONE_TAG, PLUS_PHONE]) {
    for (const m of noEmails.matchAll(re)) {
      const d = digitsOf(m[1]!);
      if (d.length < 7 || d.length > 15 || waDigits.has(d)) continue;
      const value = m[1]!.trim().startsWith('+') ? `+${d}` : d;
      add({ kind: 'phone', value, href: `tel:${value}` });
    }
  }

  // Any other link (the bio link above all) is kept as a link: stored, shown, never fetched here.
  const links = [src.bioLink ?? '', ...Array.from(text.matchAll(LINK), (m) => m[0])];
  for (const raw of links) {
    const trimmed = raw.trim().replace(/[).,;]+$/, '');
    if (!trimmed || /instagram\.com|instagr\.am|youtube\.com|youtu\.be|wa\.me|whatsapp\.com/i.test(trimmed)) continue;
    const href = safeHttps(trimmed);
    if (href) add({ kind: 'link', value: trimmed.replace(/^https?:\/\//i, '').slice(0, 300), href });
  }
  return out.slice(0, 30);
}

/** Merge newly found contacts into known ones (a page that shows fewer must not erase what we had). */
export function mergeContacts(prev: Contact[] | undefined, found: Contact[]): Contact[] {
  const out = [...(prev ?? [])];
  for (const c of found) if (!out.some((o) => o.kind === c.kind && o.value.toLowerCase() === c.value.toLowerCase())) out.push(c);
  return out.slice(0, 30);
}
