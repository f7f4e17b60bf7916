import { resolve } from 'node:path';
import { benchBundle } from './bundle';
import { benchExtract } from './extract';
import { benchScore } from './score';
import { benchLearn } from './learn';
import { benchSync } from './sync';
import { benchOverlay } from './overlay';
import { benchFirstPage } from './first-page';
import { benchCsv, benchPopup } from './popup';
import { benchDashboard } from './dashboard';

// `npm run bench` builds first; every figure prints one JSON line (DESIGN §9). CPU-bound figures run
// first, before any browser is started, so they do not share the two cores with Chromium.
const root = resolve(import.meta.dirname, '../..');
benchScore();
benchLearn();
benchCsv();
benchBundle(root);
await benchExtract(root);
await benchSync();
await benchFirstPage();
await benchOverlay();
await benchPopup();
await benchDashboard();
