// `npm run build:server`: the sync server and its admin CLI as plain JavaScript (dist/server/*.mjs), so
// production runs `node dist/server/serve.mjs` without a TypeScript loader. better-sqlite3 (a native
// addon) and pg (optional native bindings) stay in node_modules; everything else is bundled.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// --outdir=DIR builds elsewhere (tests build into a scratch folder, never over a running install's).
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist/server';
await build({
  absWorkingDir: root,
  entryPoints: { serve: 'server/cli/serve.ts', admin: 'server/cli/admin.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'pg', 'pg-native'],
  // Bundled CommonJS dependencies call require() for Node built-ins; an ES module has none of its own.
  banner: { js: "import { createRequire as __scoutRequire } from 'node:module'; const require = __scoutRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: process.argv.includes('--quiet') ? 'warning' : 'info',
});
