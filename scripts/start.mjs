// `npm start`: build the extension for Chrome and Firefox and the sync server as plain JavaScript, then
// run the server with node (no TypeScript loader) on its embedded SQLite default (DATA_DIR, default
// ./data; PORT, default 8787). Ctrl-C stops the server.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const admin = (args) => spawnSync(process.execPath, ['dist/server/admin.mjs', ...args], { encoding: 'utf8' });

run(npm, ['run', 'build']);
run(npm, ['run', 'build:server']);
const out = resolve('.output');
const port = process.env.PORT ?? '8787';

// First run: make a team so the extension has a token to connect with.
const teams = admin(['list']).stdout.trim();
let token = '';
if (!teams) token = JSON.parse(admin(['create-team', 'My team']).stdout.trim().split('\n').pop()).token;

console.log(`
Creator Scout is built.
  Chrome:  chrome://extensions → Developer mode → "Load unpacked" → ${out}/chrome-mv3
  Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${out}/firefox-mv2/manifest.json
Then open any TikTok creator profile (https://www.tiktok.com/@someone).

Team sync server: http://127.0.0.1:${port} (SQLite in ${resolve(process.env.DATA_DIR ?? 'data')})
${token ? `  A team was created. Its owner token (shown once): ${token}\n  Paste the URL and token in the extension's Options → Team sync.` : '  Existing teams kept. New member tokens: npm run server:admin -- add-member TEAM_ID NAME'}
`);

const server = spawn(process.execPath, ['dist/server/serve.mjs'], { stdio: 'inherit', env: { ...process.env, PORT: port } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
