import { resolve } from 'node:path';
import { benchBundle } from './bundle';
import { benchExtract } from './extract';
import { benchScore } from './score';

// `npm run bench` builds first; every figure prints one JSON line (DESIGN §9).
const root = resolve(import.meta.dirname, '../..');
benchBundle(root);
benchExtract(root);
benchScore();
