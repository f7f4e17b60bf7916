import { resolve } from 'node:path';
import { benchBundle } from './bundle';
import { benchExtract } from './extract';
import { benchScore } from './score';
import { benchLearn } from './learn';
import { benchSync } from './sync';
import { benchSyncPull } from './sync-pull';
import { benchOverlay } from './overlay';
import { benchFirstPage } from './first-page';
import { benchCsv } from './csv';
import { benchPages } from './pages';

// `npm run bench` builds first; every figure prints one JSON line (DESIGN §9). CPU-bound figures run
// first, before any browser is started, so they do not share the two cores with Chromium.
// `npm run bench -- popup sync` runs only the groups named.
const root = resolve(import.meta.dirname, '../..');
const GROUPS: [string, () => unknown][] = [
  ['score', () => benchScore()],
  ['learn', () => benchLearn()],
  ['csv', () => benchCsv()],
  ['bundle', () => benchBundle(root)],
  ['extract', () => benchExtract(root)],
  ['sync', () => benchSync()],
  ['first-page', () => benchFirstPage()],
  ['overlay', () => benchOverlay()],
  ['pages', () => benchPages()],
  ['pull', () => benchSyncPull()],
];
const only = process.argv.slice(2);
const unknown = only.filter((g) => !GROUPS.some(([name]) => name === g));
if (unknown.length) throw new Error(`unknown bench group ${unknown.join(', ')}: choose from ${GROUPS.map(([g]) => g).join(', ')}`);
for (const [name, run] of GROUPS) if (!only.length || only.includes(name)) await run();
