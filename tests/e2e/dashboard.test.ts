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
  });
});
