import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCreatorsCsv, parseCsvRecords, toCsv } from '../../lib/csv';

// Export -> LibreOffice Calc (a real spreadsheet, headless) -> xlsx and back to CSV -> import.
const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';
const haveSoffice = existsSync(SOFFICE);
if (!haveSoffice) console.warn(`SKIPPED the LibreOffice round trip: no ${SOFFICE} (apt-get install -y libreoffice-calc-nogui python3-openpyxl, or set SOFFICE_PATH)`);

const dir = mkdtempSync(join(tmpdir(), 'scout-calc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** soffice bounded in time, with its own profile so it neither waits on nor touches a user's running office. */
async function soffice(args: string[]): Promise<void> {
  await run(SOFFICE, [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--norestore', ...args], { timeout: 120_000, killSignal: 'SIGKILL' });
}

// The popup's export columns (entrypoints/popup/PipelineView.tsx), plus a signed money column as the dashboard writes.
const COLUMNS = ['handle', 'nickname', 'followers', 'tier', 'score', 'stage', 'owner', 'tags', 'email', 'nextFollowUpAt', 'notes', 'updatedAt', 'gmv'];
const ROWS = [
  { handle: 'mara', nickname: '@mara', followers: 184300, tier: 'mid', score: 87, stage: 'contacted', owner: 'alex', tags: ['q4', 'beauty'], email: 'mara@example.com', nextFollowUpAt: '2026-11-25T09:00:00.000Z', notes: '=HYPERLINK("http://evil","x")', updatedAt: '2026-11-24T16:05:12.345Z', gmv: -12.5 },
  { handle: 'jose.mu', nickname: 'José "Pepe" Müller, Jr.', followers: 0, tier: 'nano', score: 0, stage: 'prospect', owner: '', tags: [], email: '', nextFollowUpAt: '', notes: "'=1+1 really", updatedAt: '2026-11-24T16:05:12.345Z', gmv: 1200.75 },
  { handle: 'kopi_rina', nickname: '+62 Rina', followers: 12500, tier: 'micro', score: 64, stage: 'sample_sent', owner: 'bea', tags: ['kopi'], email: 'r@example.id', nextFollowUpAt: '', notes: 'line one\nline two; -5 off', updatedAt: '2026-11-24T16:05:12.345Z', gmv: 0 },
  { handle: '12345', nickname: '-dash', followers: 1_234_567, tier: 'macro', score: 100, stage: 'active', owner: 'alex', tags: [], email: '', nextFollowUpAt: '', notes: '@mention\tand tab', updatedAt: '2026-11-24T16:05:12.345Z', gmv: 0.25 },
];
const NUMERIC = new Set(['followers', 'score', 'gmv']);

describe.skipIf(!haveSoffice)('CSV export through LibreOffice Calc', () => {
  it('opens with numbers as numbers and no formulas, and imports back with every value intact', async () => {
    const csvPath = join(dir, 'pipeline.csv');
    writeFileSync(csvPath, toCsv(ROWS, COLUMNS));
    // Comma, double quote, UTF-8 (76), from line 1: what Calc's CSV dialog offers for our file.
    await soffice(['--convert-to', 'xlsx', '--infilter=CSV:44,34,76,1', '--outdir', dir, csvPath]);
    const xlsx = join(dir, 'pipeline.xlsx');
    expect(existsSync(xlsx)).toBe(true);

    const { stdout } = await run(PYTHON, ['-c', `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[[c.value if c.value is None or isinstance(c.value, (int, float, str)) else str(c.value), c.data_type] for c in row] for row in ws.iter_rows()]))
`, xlsx], { timeout: 60_000 });
    const sheet = JSON.parse(stdout) as [string | number | null, string][][];
    expect(sheet[0]!.map(([v]) => v)).toEqual(COLUMNS);
    expect(sheet.flat().filter(([, t]) => t === 'f')).toEqual([]);
    ROWS.forEach((row, i) => {
      const cells = sheet[i + 1]!;
      for (const col of NUMERIC) {
        const [v, t] = cells[COLUMNS.indexOf(col)]!;
        expect({ col, v, t }).toEqual({ col, v: row[col as keyof typeof row], t: 'n' });
      }
      // The handle column is the handle, not a formula-guarded "'@mara".
      expect(String(cells[0]![0])).toBe(row.handle);
    });

    // Saved back to CSV by Calc, then read by our import.
    await soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'back'), xlsx]);
    const back = readFileSync(join(dir, 'back', 'pipeline.csv'), 'utf8');
    const { rows, errors } = parseCreatorsCsv(back);
    expect(errors).toEqual([]);
    expect(rows).toEqual(ROWS.map((r) => ({
      handle: r.handle,
      nickname: r.nickname,
      followers: r.followers,
      stage: r.stage,
      ...(r.tags.length ? { tags: r.tags } : {}),
      ...(r.email ? { email: r.email } : {}),
      notes: r.notes,
    })));

    // Every other column too, as text: numbers as the same numbers, text unguarded to the original.
    const [header, ...records] = parseCsvRecords(back.replace(/^\uFEFF/, ''), ',');
    expect(header!.cells).toEqual(COLUMNS);
    records.forEach(({ cells }, i) => {
      const row = ROWS[i]! as Record<string, unknown>;
      COLUMNS.forEach((col, j) => {
        const want = row[col];
        const got = cells[j] ?? '';
        if (typeof want === 'number') expect({ col, got: Number(got) }).toEqual({ col, got: want });
        else expect({ col, got: got.replace(/^'(?='*[=+\-@\t\r])/, '') }).toEqual({ col, got: Array.isArray(want) ? want.join(';') : want });
      });
    });
  }, 300_000);
});
