// `npm start`: build the extension for Chrome and Firefox, then say how to load it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npm', ['run', 'build']);
const out = resolve('.output');
console.log(`
Creator Scout is built.
  Chrome:  chrome://extensions → Developer mode → "Load unpacked" → ${out}/chrome-mv3
  Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${out}/firefox-mv2/manifest.json
Then open any TikTok creator profile (https://www.tiktok.com/@someone).
`);
