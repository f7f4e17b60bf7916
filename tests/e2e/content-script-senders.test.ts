import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startHarness, type Harness } from './harness';
import { PAGE_FACING } from '../../lib/messaging/senders';

// The real browser's sender for a real content script: from the extension's isolated world on a TikTok
// page, only page-facing messages are answered (lib/messaging/senders.ts).
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.routes.set('www.tiktok.com/@glowwithmara', { body: fixture('tiktok/profile-en.html') });
});
afterAll(async () => h?.close());

describe('messages from a content script', () => {
  it('sync.now and other extension-page messages are refused; page-facing ones pass the sender check', async () => {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    const worlds: { id: number; origin: string; name: string; type?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, origin: context.origin, name: context.name, type: context.auxData?.type }));
    await cdp.send('Runtime.enable');
    await page.goto('https://www.tiktok.com/@glowwithmara');
    await expect.poll(() => worlds.some((w) => w.type === 'isolated' && w.origin.startsWith(`chrome-extension://${h.extensionId}`))).toBe(true);
    const world = worlds.find((w) => w.type === 'isolated' && w.origin.startsWith(`chrome-extension://${h.extensionId}`))!;
    const send = async (type: string, payload: unknown = {}) => {
      const r = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`,
      });
      return r.result.value as { ok: boolean; error?: { code: string } };
    };
    for (const type of ['sync.now', 'reminders.refresh', 'ping']) {
      expect(await send(type), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await send('creator.state', { handle: 'glowwithmara' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Every page-facing type gets past the sender check (an empty payload may still be a bad request).
    for (const type of PAGE_FACING) {
      const r = await send(type);
      expect(r.ok || r.error?.code !== 'forbidden', type).toBe(true);
    }
    await page.close();
  });
});
