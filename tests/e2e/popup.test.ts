import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCreatorsCsv } from '../../lib/csv';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const MESSY = [
  '\uFEFFHandle;Nickname;Followers;Stage;Tags;Notes',
  '@Mara_Glow;"Mara; skincare";184300;Contacted;q4;"said ""yes"""',
  'https://www.tiktok.com/@kopi.rina?lang=id;Rina;12,500;prospect;;',
  'not a handle!;x;1;;;',
  'dapur_ayu;Ayu;lots;;;',
  'ayu_two;Ayu 2;;sample sent;beauty; ',
  '=HYPERLINK("http://evil");;;;;',
].join('\r\n');

describe('popup', () => {
  it('imports a messy CSV with a preview, bulk-changes stages, and exports a shortlist that reads back', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.locator('summary', { hasText: 'Import CSV' }).click();
    await popup.locator('[data-scout="import-csv"]').setInputFiles({ name: 'seller-center.csv', mimeType: 'text/csv', buffer: Buffer.from(MESSY) });
    await expect.poll(() => popup.locator('[data-scout="import-preview"]').textContent()).toContain('3 creators to import, 3 rows with errors');
    expect(await popup.locator('[data-scout="import-errors"]').textContent()).toContain('row 4: handle "not a handle!"');
    await popup.locator('[data-scout="import-confirm"]').click();
    await expect.poll(() => popup.locator('[data-scout="import-result"]').textContent()).toContain('3 added');
    await expect.poll(() => popup.locator('[data-scout="row"]').count()).toBe(3);

    // A shortlist with two of them.
    await popup.getByRole('tab', { name: 'Shortlists' }).click();
    await popup.getByLabel('New shortlist name').fill('Serum launch');
    await popup.getByText('Create').click();
    await popup.getByRole('tab', { name: 'Pipeline' }).click();
    await popup.getByLabel('Select @mara_glow').check();
    await popup.getByLabel('Select @kopi.rina').check();
    await popup.locator('[data-scout="bulk-list"]').selectOption({ label: 'Serum launch' });
    await expect.poll(() => popup.locator('[data-scout="status"]').textContent()).toContain('2 added to Serum launch');
    await popup.locator('[data-scout="bulk-stage"]').selectOption('negotiating');
    await expect.poll(() => popup.locator('[data-scout="row"][data-handle="kopi.rina"] [data-scout="row-stage"]').textContent()).toBe('Negotiating');
    expect(await popup.locator('[data-scout="row"][data-handle="ayu_two"] [data-scout="row-stage"]').textContent()).toBe('Sample sent');
    await popup.getByText('Clear').click();

    await popup.getByLabel('Shortlist filter').selectOption({ label: 'Serum launch' });
    await expect.poll(() => popup.locator('[data-scout="row"]').count()).toBe(2);
    const [file] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-scout="export-csv"]').click()]);
    expect(file.suggestedFilename()).toMatch(/^creator-scout-Serum-launch-\d{4}-\d\d-\d\d\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const back = parseCreatorsCsv(text);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => [r.handle, r.stage, r.nickname]).sort()).toEqual([
      ['kopi.rina', 'negotiating', 'Rina'],
      ['mara_glow', 'negotiating', 'Mara; skincare'],
    ]);
    expect(back.rows.find((r) => r.handle === 'mara_glow')!.notes).toBe('said "yes"');
    await popup.close();
  });
});
