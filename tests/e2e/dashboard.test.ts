import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('dashboard', () => {
  it('shows the funnel of the imported pipeline', async () => {
    const csv = ['handle,stage', 'a_1,prospect', 'a_2,prospect', 'a_3,contacted', 'a_4,replied', 'a_5,active', 'a_6,declined'].join('\n');
    const popup = await h.openExtensionPage('popup.html');
    await popup.locator('summary', { hasText: 'Import CSV' }).click();
    await popup.locator('[data-scout="import-csv"]').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await popup.locator('[data-scout="import-confirm"]').click();
    await expect.poll(() => popup.locator('[data-scout="import-result"]').textContent()).toContain('6 added');

    const dash = await h.openExtensionPage('dashboard.html');
    const cell = (stage: string, col: string) => dash.locator(`[data-scout="funnel"] tr[data-stage="${stage}"] [data-scout="${col}"]`).textContent();
    await expect.poll(() => cell('prospect', 'stage-count'), { timeout: 5000 }).toBe('2');
    expect(await cell('prospect', 'stage-reached')).toBe('5');
    expect(await cell('contacted', 'stage-reached')).toBe('3');
    expect(await cell('contacted', 'stage-conversion')).toBe('60%');
    expect(await cell('active', 'stage-count')).toBe('1');
    expect(await dash.locator('[data-scout="funnel"] h2').textContent()).toContain('1 declined');

    // A messy Seller Center performance export: preview with errors, then GMV by creator and tiers.
    const perf = ['Creator,Period,GMV,Orders,Estimated commission', '@a_4,2026-11,"$1,200.00",30,$120', 'a_5,2026-11,850,12,85', 'a_3,November,10,1,1', ',2026-11,5,1,1'].join('\n');
    await dash.locator('[data-scout="performance-csv"]').setInputFiles({ name: 'perf.csv', mimeType: 'text/csv', buffer: Buffer.from(perf) });
    await expect.poll(() => dash.locator('[data-scout="performance-preview"]').textContent()).toContain('2 rows to import, 2 with errors');
    await dash.locator('[data-scout="performance-confirm"]').click();
    await expect.poll(() => dash.locator('[data-scout="report-gmv-by-creator"] tbody tr').count()).toBe(2);
    expect(await dash.locator('[data-scout="report-gmv-by-creator"] tbody tr').first().textContent()).toContain('@a_41200');
    const tierRows = dash.locator('[data-scout="report-affiliate-tiers"] tbody tr');
    await expect.poll(() => tierRows.count()).toBe(2);
    expect(await tierRows.first().textContent()).toContain('@a_5 ★ close to next');
    // Its export: handles bare (no formula-guarded "'@a_4"), money as numbers.
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-scout="report-gmv-by-creator"] button', { hasText: 'Export CSV' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toContain('\r\na_4,1200,30,120\r\n');
    expect(exported).not.toContain("'");

    // A campaign shows on the calendar.
    await dash.getByLabel('Campaign name').fill('Holiday drop');
    const month = new Date().toISOString().slice(0, 7);
    await dash.getByLabel('Starts').fill(`${month}-01`);
    await dash.getByLabel('Ends').fill(`${month}-03`);
    await dash.getByText('Add campaign').click();
    await expect.poll(() => dash.locator('[data-scout="calendar"]').getByText('Holiday drop').count()).toBe(3);
  });
});
