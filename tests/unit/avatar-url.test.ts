import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { safeAvatarUrl } from '../../lib/avatar-url';

const ROOT = resolve(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

describe('safeAvatarUrl', () => {
  it('keeps avatars on TikTok image hosts, as TikTok serves them', () => {
    for (const url of [
      'https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/7c2a~c5_100x100.jpeg?x-expires=1700000000&x-signature=abc%3D',
      'https://p16-sign-sg.tiktokcdn.com/aweme/1080x1080/tos-alisg-avt-0068/a477.jpeg',
      'https://p19-pu-sign-useast8.tiktokcdn-us.com/tos-useast5-avt-0068-tx/ba67~tplv-tiktokx-cropcenter:720:720.webp',
      'https://p16-common-sign.tiktokcdn-us.com/tos-useast5-avt-0068-tx/avatar.jpeg',
      'https://p16-oec-va.ibyteimg.com/tos-maliva-i-o3syd03w52-us/abc~tplv-o3syd03w52-resize-jpeg:300:300.jpeg',
      'https://P16-SIGN-VA.TIKTOKCDN.COM/x.jpeg',
    ]) {
      expect(safeAvatarUrl(url), url).toBe(new URL(url).href);
    }
  });

  it('refuses every other host, scheme or trick, so the placeholder shows', () => {
    for (const url of [
      undefined,
      '',
      'not a url',
      'https://evil.example/pixel.gif?who=alex',
      'http://p16-sign-va.tiktokcdn.com/x.jpeg',
      'https://tiktokcdn.com/x.jpeg',
      'https://eviltiktokcdn.com/x.jpeg',
      'https://p16.tiktokcdn.com.evil.example/x.jpeg',
      'https://p16-sign-va.tiktokcdn.com@evil.example/x.jpeg',
      'https://user:pw@p16-sign-va.tiktokcdn.com/x.jpeg',
      'https://p16-sign-va.tiktokcdn.com:8443/x.jpeg',
      'https://p16-sign.tiktokcdn.example/x.jpeg',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'blob:https://www.tiktok.com/1234',
      '//p16-sign-va.tiktokcdn.com/x.jpeg',
      `https://p16-sign-va.tiktokcdn.com/${'a'.repeat(5000)}`,
    ]) {
      expect(safeAvatarUrl(url), String(url)).toBeUndefined();
    }
  });
});

describe('images in our pages', () => {
  it('come only through components/Avatar.tsx, which checks the host', () => {
    const offenders = [...sources(join(ROOT, 'components')), ...sources(join(ROOT, 'entrypoints'))]
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== join('components', 'Avatar.tsx'))
      .filter((f) => /<img\b|new Image\(|createElement\(\s*['"]img['"]/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders, 'load page-supplied images through <Avatar url=…> (lib/avatar-url.ts)').toEqual([]);
  });
});
