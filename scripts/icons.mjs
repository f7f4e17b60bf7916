// `node scripts/icons.mjs`: renders the extension's icons (public/icon/<size>.png, which WXT puts in the
// manifest as the extension and toolbar icons) from the SVG masters in this folder, with headless Chromium
// (CHROMIUM_PATH, Debian's /usr/bin/chromium by default) at each exact size on a transparent background.
// 16 and 32 px use the simplified mark (icon-small.svg); 48 and 128 px the full one (icon.svg). The 128 px
// icon is drawn at 96 px with 16 px of transparent margin, as the Chrome Web Store asks of store icons.
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../public/icon');
const SIZES = { 16: ['icon-small.svg', 0], 32: ['icon-small.svg', 0], 48: ['icon.svg', 0], 128: ['icon.svg', 16] };

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [size, [file, margin]] of Object.entries(SIZES)) {
    const n = Number(size);
    // The master's own width/height give way to the size drawn; its viewBox scales the drawing.
    const drawn = n - 2 * margin;
    const svg = readFileSync(join(here, file), 'utf8').replace(/<!--[\s\S]*?-->\s*/g, '').replace(/ width="\d+" height="\d+"/, ` width="${drawn}" height="${drawn}"`);
    await page.setViewportSize({ width: n, height: n });
    await page.setContent(`<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;margin:${margin}px}</style></head><body>${svg}</body></html>`);
    await page.screenshot({ path: join(out, `${n}.png`), omitBackground: true, clip: { x: 0, y: 0, width: n, height: n } });
    console.log(`public/icon/${n}.png from ${file}`);
  }
} finally {
  await browser.close();
}
