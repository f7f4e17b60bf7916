import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('learned score in Options (real background)', () => {
  it('refits through the background and sets the team-wide choice', async () => {
    const options = await h.openExtensionPage('options.html');
    const section = options.locator('[data-scout="learned-models"]');
    await expect.poll(() => section.textContent()).toContain('No outcomes recorded yet');
    await section.getByText('Refit now').click();
    await expect.poll(() => section.locator('[data-scout="learned-status"]').textContent(), { timeout: 10_000 }).toBe('Fitted');
    await section.getByLabel('Learned score (when trusted)').check();
    await expect.poll(() => section.locator('[data-scout="learned-status"]').textContent()).toContain('learned score');
    // The choice is a synced team setting: it is queued for the team server like any synced change.
    const queued = await options.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('creator-scout');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('outbox').objectStore('outbox').getAll();
            req.onsuccess = () => resolve((req.result as { table: string }[]).map((m) => m.table));
            req.onerror = () => reject(req.error);
          };
        }),
    );
    expect(queued).toContain('teamSettings');
  });
});
