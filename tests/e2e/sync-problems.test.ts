import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseReady, startHarness, type Harness } from './harness';
import { SQLITE, startTestServer, type TestServer } from '../unit/sync-helpers';

// Issue 14 in real Chromium: a change the server cannot store does not block the queue; Options lists
// it with the reason, and edit-and-retry delivers it. The sync server is real, on loopback.
let h: Harness;
let s: TestServer;
beforeAll(async () => {
  h = await startHarness();
  s = await startTestServer(SQLITE);
});
afterAll(async () => {
  await h?.close();
  await s?.close();
});

describe('options: could not sync', () => {
  it('lists a refused change with its reason, and edit and retry syncs it', async () => {
    const t = await s.team();
    const page = await h.openExtensionPage('options.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await databaseReady(page);
    await page.evaluate(
      async ({ url, token }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const r = indexedDB.open('creator-scout');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        const at = new Date().toISOString();
        const row = { handle: 'mara', stage: 'prospect', tags: [], notes: 'pasted\u0000from a CSV', products: [], addedAt: at, updatedAt: at };
        const ok = { ...row, handle: 'kim', notes: '' };
        const stamp = (n: number) => `${String(Date.now()).padStart(15, '0')}:${String(n).padStart(5, '0')}:e2e`;
        await new Promise<void>((done, fail) => {
          const tx = db.transaction(['settings', 'pipeline', 'outbox'], 'readwrite');
          tx.objectStore('settings').put({ key: 'sync.config', value: { url, token } });
          for (const [i, r] of [row, ok].entries()) {
            tx.objectStore('pipeline').put(r);
            tx.objectStore('outbox').add({ id: crypto.randomUUID(), table: 'pipeline', key: r.handle, op: 'put', fields: r, hlc: stamp(i), createdAt: at });
          }
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { url: s.url, token: t.token },
    );
    await page.reload();
    await page.getByText('Sync now', { exact: true }).click();
    const problem = page.locator('[data-scout="sync-problem"][data-key="mara"]');
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toMatch(/fields\.notes: contains a NUL character/);
    await expect.poll(() => page.locator('[data-scout="sync-pending"]').textContent()).toBe('0');
    await problem.getByText('Edit').click();
    await problem.getByLabel(/^notes/).fill('pasted from a CSV');
    await problem.getByText('Save and retry').click();
    await expect.poll(() => page.locator('[data-scout="sync-problems"]').textContent(), { timeout: 15_000 }).toBe('Every change reached the team.');
    await expect.poll(async () => {
      const pulled = await (await fetch(`${s.url}/v1/sync/pull?cursor=0`, { headers: { authorization: `Bearer ${t.token}` } })).json();
      return pulled.changes.map((c: { key: string; fields: { notes: string } }) => `${c.key}:${c.fields.notes}`).sort();
    }, { timeout: 15_000 }).toEqual(['kim:', 'mara:pasted from a CSV']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
