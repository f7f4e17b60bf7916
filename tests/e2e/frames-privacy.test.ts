import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseReady, fixture, startHarness, type Harness } from './harness';

let h: Harness;

const NOTE = 'walk-away price 18 percent, do not tell her';
const TEAMMATE = 'Priya Okafor';

/**
 * TikTok's own script, as a page could run it: it starts first (so it can patch attachShadow before any
 * extension code), records every node and attribute ever added and every window message, and on demand
 * searches the whole DOM, every shadow root and every frame it can reach.
 */
const SPY = `<script>
(() => {
  const seen = [];
  const roots = [];
  const orig = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = orig.call(this, init); roots.push(r); return r; };
  const record = (n) => {
    if (n.nodeType === 3) seen.push(n.data);
    if (n.nodeType !== 1) return;
    for (const a of n.attributes) seen.push(a.value);
    seen.push(n.textContent || '');
  };
  new MutationObserver((rs) => rs.forEach((r) => { r.addedNodes.forEach(record); if (r.type !== 'childList') record(r.target.nodeType === 3 ? r.target : r.target); }))
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('message', (e) => { try { seen.push(JSON.stringify(e.data)); } catch { seen.push(String(e.data)); } }, true);
  const walk = (root, out, reached) => {
    for (const el of root.querySelectorAll('*')) {
      for (const a of el.attributes) out.push(a.value);
      if ('value' in el && typeof el.value === 'string') out.push(el.value);
      if (el.shadowRoot) { reached.shadowRoots++; out.push(el.shadowRoot.textContent || ''); walk(el.shadowRoot, out, reached); }
      if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
        reached.frames++;
        try { const d = el.contentDocument; if (d) { reached.frameDocs++; out.push(d.documentElement.outerHTML); walk(d, out, reached); } } catch { reached.blocked++; }
      }
    }
    out.push(root.textContent || '');
  };
  window.__spy = {
    search() {
      const out = [document.documentElement.outerHTML];
      const reached = { shadowRoots: 0, frames: 0, frameDocs: 0, blocked: 0 };
      walk(document, out, reached);
      for (const r of roots) { reached.shadowRoots++; walk(r, out, reached); }
      for (let i = 0; i < window.frames.length; i++) {
        try { out.push(window.frames[i].document.documentElement.outerHTML); reached.frameDocs++; } catch { reached.blocked++; }
      }
      return { text: out.concat(seen).join('\\n'), reached };
    },
    forge() {
      const forged = [
        { type: 'state', state: { kind: 'panel', view: { kind: 'creator', creator: { handle: 'forged', nickname: 'Forged', bio: '', verified: false }, videos: [], warnings: [] } } },
        { type: 'close' },
        { type: 'open' },
        { type: 'pipeline.note', payload: { handle: 'privacy_target', note: 'forged note' } },
        { type: 'frame.layout', kind: 'panel', width: 5, height: 5, side: 'left' },
      ];
      for (let i = 0; i < window.frames.length; i++) for (const m of forged) window.frames[i].postMessage(m, '*');
      for (const m of forged) window.postMessage(m, '*');
      return window.frames.length;
    },
  };
})();
</script>`;

beforeAll(async () => {
  h = await startHarness();
  h.routes.set('www.tiktok.com/@privacy_target', {
    body: fixture('tiktok/profile-en.html').replaceAll('glowwithmara', 'privacy_target').replace('<head>', `<head>${SPY}`),
  });
});
afterAll(async () => h?.close());

describe('panel frames and the page', () => {
  it("keeps the recruiter's note and teammates' names out of the page's reach, and ignores forged messages", async () => {
    // A teammate already contacted this creator (as a synced event would arrive).
    const popup = await h.openExtensionPage('popup.html');
    await databaseReady(popup);
    await popup.evaluate(async ({ author }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('outreach', 'readwrite');
        tx.objectStore('outreach').put({ id: crypto.randomUUID(), handle: 'privacy_target', at: new Date().toISOString(), channel: 'tiktok_dm', direction: 'out', note: '', author });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { author: TEAMMATE });
    await popup.close();

    const page = await h.open('https://www.tiktok.com/@privacy_target');
    const frame = page.frameLocator('[data-scout="panel-frame"][data-frame="panel"]');
    await expect.poll(() => frame.locator('[data-scout="overlay"][data-handle="privacy_target"] [data-scout="score"]').count(), { timeout: 10_000 }).toBe(1);
    // The panel does know both: the warning names the teammate, and the note is saved.
    await expect.poll(() => frame.locator('[data-scout="contacted-warning"]').textContent(), { timeout: 5000 }).toContain(TEAMMATE);
    await frame.locator('[data-scout="add"]').click();
    await expect.poll(() => frame.locator('[data-scout="stage"]').count()).toBe(1);
    await frame.locator('[data-scout="overlay"] button[aria-expanded]').click();
    await frame.locator('[data-scout="note"]').fill(NOTE);
    await frame.locator('[data-scout="note"]').press('Enter');
    await expect.poll(() => frame.locator('[data-scout="status"]').textContent()).toBe('Note saved');
    await frame.locator('[data-scout="note"]').fill(NOTE); // typed again, still in the input while the page looks

    // The page's own script looks everywhere it can.
    const found = await page.evaluate(() => (window as unknown as { __spy: { search(): { text: string; reached: Record<string, number> } } }).__spy.search());
    expect(found.reached.frames).toBeGreaterThanOrEqual(1); // it did find our frame element...
    expect(found.reached.frameDocs).toBe(0); // ...but could not open its document
    expect(found.text).toContain('privacy_target'); // (the search itself works: the page's own text is there)
    expect(found.text).not.toContain(NOTE);
    expect(found.text).not.toContain(TEAMMATE);
    expect(found.text).not.toContain('Priya');

    // The frame is addressed by Chrome's per-session URL (use_dynamic_url): the page cannot probe for the
    // extension by its fixed id.
    const src = await page.locator('[data-scout="panel-frame"]').getAttribute('src');
    expect(src).toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/panel\.html$/);
    expect(src).not.toContain(h.extensionId);
    const probe = await page.evaluate((id) => fetch(`chrome-extension://${id}/panel.html`).then(() => 'loaded', () => 'refused'), h.extensionId);
    expect(probe).toBe('refused');

    // Forged messages to the frame (and to the page, where our content script listens) change nothing.
    const frames = await page.evaluate(() => (window as unknown as { __spy: { forge(): number } }).__spy.forge());
    expect(frames).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(800);
    expect(await frame.locator('[data-scout="overlay"]').getAttribute('data-handle')).toBe('privacy_target');
    expect(await frame.locator('[data-scout="overlay"][data-handle="forged"]').count()).toBe(0);
    expect(await page.locator('[data-scout="panel-frame"]').isVisible()).toBe(true);
    const box = await page.locator('[data-scout="panel-frame"]').boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.x).toBeGreaterThan(300); // still in its right-hand corner
    // The saved note is still the recruiter's (the panel shows it as the note field's placeholder).
    expect(await frame.locator('[data-scout="note"]').getAttribute('placeholder')).toBe(NOTE);
    await page.close();
  });
});
