import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseReady, startHarness, type Harness } from './harness';

// Options in real Chromium: the browser's own permission refusal, and the backup file it downloads.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const TOKEN = `cs_0123456789abcdef_${'Q'.repeat(43)}`;

describe('options: team sync and backups', () => {
  it('refuses http:// off this computer, and shows the browser refusing a permission it cannot grant', async () => {
    const page = await h.openExtensionPage('options.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = page.getByPlaceholder('http://127.0.0.1:8787');
    await page.getByPlaceholder('cs_…').fill(TOKEN);
    await url.fill('http://192.168.1.5:8787');
    await page.getByText('Connect', { exact: true }).click();
    const status = page.locator('[data-scout="sync-settings"] [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Server URL: http:\/\/ is allowed only for this computer.*192\.168\.1\.5/);
    // Loopback, but not an origin the manifest lists: Chromium rejects the request outright.
    await url.fill('http://127.0.0.2:8787');
    await page.getByText('Connect', { exact: true }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Server URL: the browser refused permission to reach http:\/\/127\.0\.0\.2:8787/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads a backup without the team token, and restores it after a wipe', async () => {
    const page = await h.openExtensionPage('options.html');
    await databaseReady(page);
    await page.evaluate(async (token) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'sync.config', value: { url: 'https://scout.example.com', token } });
        tx.objectStore('settings').put({ key: 'profile.me', value: 'alex' });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, TOKEN);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-scout="export-json"]').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const backup = JSON.parse(text);
    expect(backup.tables.settings).toContainEqual({ key: 'profile.me', value: 'alex' });
    expect(backup.tables.settings).toContainEqual({ key: 'sync.config', value: { url: 'https://scout.example.com' } });
    expect(text).not.toContain(TOKEN.slice(20));

    // Wipe, then restore that very file through the page.
    await page.locator('[data-scout="wipe"]').click();
    await page.locator('[data-scout="wipe-confirm"]').click();
    const status = page.locator('[data-scout="data-tools"] [role="status"]');
    await expect.poll(() => status.textContent()).toBe('All local data deleted.');
    await page.locator('[data-scout="restore-file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('[data-scout="restore-confirm"]').click();
    await expect.poll(() => status.textContent()).toMatch(/^Restored \d+ rows from backup\.json/);
    const me = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => ok(r.result);
      });
      const row = await new Promise<unknown>((ok) => {
        const g = db.transaction('settings').objectStore('settings').get('profile.me');
        g.onsuccess = () => ok(g.result);
      });
      db.close();
      return row;
    });
    expect(me).toEqual({ key: 'profile.me', value: 'alex' });
    await page.close();
  });
});
