import { describe, expect, it } from 'vitest';
import { extractContacts, mergeContacts } from '../../lib/contacts';

describe('extractContacts', () => {
  it('reads Instagram, YouTube, WhatsApp, business email and the bio link from a bio', () => {
    const c = extractContacts({
      bio: 'skincare for sensitive skin 🌿 collabs: Lumi.Collabs@gmail.com | IG @lumi.skin.daily | yt youtube.com/@LumiSkin | WA +1 (415) 555-0134',
      bioLink: 'https://linktr.ee/lumiskin',
      values: ['business@lumiskin.example', '+44 7700 900123'],
    });
    expect(c).toEqual([
      { kind: 'email', value: 'lumi.collabs@gmail.com', href: 'mailto:lumi.collabs@gmail.com' },
      { kind: 'email', value: 'business@lumiskin.example', href: 'mailto:business@lumiskin.example' },
      { kind: 'instagram', value: '@lumi.skin.daily', href: 'https://www.instagram.com/lumi.skin.daily/' },
      { kind: 'youtube', value: '@LumiSkin', href: 'https://www.youtube.com/@LumiSkin' },
      { kind: 'whatsapp', value: '+14155550134', href: 'https://wa.me/14155550134' },
      { kind: 'phone', value: '+447700900123', href: 'tel:+447700900123' },
      { kind: 'link', value: 'linktr.ee/lumiskin', href: 'https://linktr.ee/lumiskin' },
    ]);
  });

  it('reads Indonesian-style bios (wa.me links, "Telp") and instagram URLs', () => {
    const c = extractContacts({ bio: 'Endorse: wa.me/6281234567890 · Telp 0812-3456-7891 · instagram.com/putri.glow' });
    expect(c.map((x) => [x.kind, x.value])).toEqual([
      ['instagram', '@putri.glow'],
      ['whatsapp', '+6281234567890'],
      ['phone', '081234567891'],
    ]);
  });

  it('takes nothing from plain numbers, an e-mail domain or hostile text, and builds every href itself', () => {
    expect(extractContacts({ bio: '1000000 followers! 2024 goals, me@ig.com' }).map((x) => x.kind)).toEqual(['email']);
    const c = extractContacts({ bioLink: 'javascript:alert(1)', bio: '<img src=x onerror=alert(1)> ig @x"><script>' });
    expect(c.every((x) => !x.href || /^(https:|mailto:|tel:)/.test(x.href))).toBe(true);
    expect(() => extractContacts({ bio: 'a'.repeat(100_000), values: [null as unknown as string] })).not.toThrow();
  });

  it('merging keeps what was known', () => {
    const a = extractContacts({ bio: 'IG @a' });
    const b = extractContacts({ bio: 'yt @b' });
    expect(mergeContacts(a, b).map((x) => x.kind)).toEqual(['instagram', 'youtube']);
    expect(mergeContacts(mergeContacts(a, b), a)).toHaveLength(2);
  });
});
