import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, report } from './report';

import { bundleForPage, launchPlain } from './browser';

/**
 * A ~1 MB profile page: the fixture's header and JSON, with its video grid repeated (distinct ids) and
 * a long item list embedded, as a profile scrolled far down looks.
 */
export function bigProfileHtml(root: string): string {
  const base = readFileSync(join(root, 'tests/fixtures/tiktok/profile-en.html'), 'utf8');
  const items = JSON.parse(readFileSync(join(root, 'tests/fixtures/tiktok/api-post-item_list.json'), 'utf8')).itemList as { id: string }[];
  const gridStart = base.indexOf('<div data-e2e="user-post-item"');
  const gridEnd = base.lastIndexOf('</div>\n  </div>\n</div></div></div>');
  const card = base.slice(gridStart, base.indexOf('<div data-e2e="user-post-item"', gridStart + 10));
  let html = base;
  let n = 0;
  const cards: string[] = [];
  const list: unknown[] = [];
  while (html.length + cards.join('').length + JSON.stringify(list).length < 1_000_000) {
    const id = String(7430000000000100000n + BigInt(n++));
    cards.push(card.replaceAll('7430000000000011000', id));
    list.push({ ...items[n % items.length], id });
  }
  html = html.slice(0, gridEnd) + cards.join('') + html.slice(gridEnd);
  return html.replace('"itemList":[]', `"itemList":${JSON.stringify(list)}`);
}

/** Median time of extractPage on the 1 MB page, in Chromium, where the extractor runs. */
export async function benchExtract(root: string): Promise<void> {
  const html = bigProfileHtml(root);
  const code = await bundleForPage(join(root, 'lib/extract/index.ts'), 'ScoutExtract');
  const browser = await launchPlain();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: code });
    // Interleaved with the floor: the same page read plainly (the cards' links, views and descriptions by
    // selector, the embedded JSON parsed), no validation or shaping.
    const { real, base } = await page.evaluate(() => {
      const extract = (globalThis as unknown as { ScoutExtract: typeof import('../../lib/extract') }).ScoutExtract.extractPage;
      const plain = () => {
        const cards = [...document.querySelectorAll('[data-e2e="user-post-item"]')].map((c) => ({
          href: c.querySelector('a')?.getAttribute('href'),
          views: c.querySelector('[data-e2e="video-views"]')?.textContent,
          desc: c.querySelector('[data-e2e="user-post-item-desc"]')?.textContent,
        }));
        const data = JSON.parse(document.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!.textContent!);
        return cards.length + Object.keys(data).length;
      };
      const real: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < 40; i++) {
        let t = performance.now();
        const r = extract(document, 'https://www.tiktok.com/@glowwithmara');
        real.push(performance.now() - t);
        if (r.kind !== 'profile' || r.videos.length < 500) throw new Error(`bench page not read: ${r.kind}`);
        t = performance.now();
        if (plain() < 500) throw new Error('plain read found no cards');
        base.push(performance.now() - t);
      }
      return { real, base };
    });
    report('extract.profile_ms', median(real.slice(5)), 'ms', 15, median(base.slice(5)));
  } finally {
    await browser.close();
  }
}
