import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './report';

/** The largest content script of the Chrome build, gzip-compressed. */
export function benchBundle(root: string): void {
  const dir = join(root, '.output/chrome-mv3/content-scripts');
  const sizes = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024);
  report('bundle.content_gzip_kb', Math.max(...sizes), 'KB', 30);
}
