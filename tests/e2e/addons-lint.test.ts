import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const run = promisify(execFile);
const LINTER = join(ROOT, 'node_modules/.bin/addons-linter');

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: { code: string; file?: string; message: string }[];
}

// What addons.mozilla.org runs on upload: the store-ready Firefox archive `npm run zip` writes.
describe('Firefox package', () => {
  it('passes Mozilla addons-linter with no errors', async () => {
    // Without Vitest's NODE_ENV=test, which would make WXT build React's development JSX (and break the
    // .output/firefox-mv2 the Firefox suite loads).
    const { NODE_ENV: _test, ...env } = process.env;
    await run('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, timeout: 120_000, env });
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const zip = join(ROOT, `.output/creator-scout-${version}-firefox.zip`);
    expect(existsSync(zip)).toBe(true);
    // The linter exits non-zero when it finds errors; the JSON report on stdout says which.
    const out = await run(LINTER, ['--output', 'json', zip], { cwd: ROOT, timeout: 120_000, maxBuffer: 32 << 20 }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(out.stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 240_000);
});
