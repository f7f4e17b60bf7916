// `npm run bench`: bundle the benchmark with esbuild and run it in plain Node. The code under test runs
// as it ships (no test-runner transforms such as keepNames wrappers that slow hot loops).
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Inside the project, so the bundle's external packages resolve from node_modules.
const dir = join('node_modules', '.cache', 'scout-bench');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: ['tests/bench/run.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    packages: 'external',
    logLevel: 'warning',
    // The bundle lives elsewhere; keep import.meta.dirname pointing at the source tree.
    define: { 'import.meta.dirname': JSON.stringify(join(process.cwd(), 'tests/bench')) },
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
