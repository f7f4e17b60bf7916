import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, chromiumFlags, closeWelcomeTab, requireBuild, startFixtureServer, type FixtureServer } from '../e2e/harness';

/**
 * The built extension plus two bare pages that are the baselines of the page figures: the same reads
 * the popup and the dashboard make first, with plain IndexedDB and no framework, writing plain text.
 * They are added to a copy of the build (never to the product) so they share its origin and database.
 */
const BARE: Record<string, string> = {
  // The popup's first screen: the same 30 rows by the same index cursor, with their creators.
  'bare-rows': `
const open = indexedDB.open('creator-scout');
open.onsuccess = () => {
  const db = open.result;
  const tx = db.transaction(['pipeline', 'creators'], 'readonly');
  const lines = [];
  const cursor = tx.objectStore('pipeline').index('updatedAt').openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (c && lines.length < 30) {
      const e = c.value;
      const i = lines.push(e.handle + ' ' + e.stage) - 1;
      tx.objectStore('creators').get(e.handle).onsuccess = (r) => (lines[i] += ' ' + (r.target.result ? r.target.result.nickname : ''));
      c.continue();
    }
  };
  tx.oncomplete = () => {
    const pre = document.createElement('pre');
    pre.textContent = lines.join('\\n');
    pre.dataset.bare = 'ready';
    document.body.append(pre);
    db.close();
  };
};`,
  // The dashboard's first view: counting the same indexes (pipeline by stage, follow-ups due).
  'bare-counts': `
const STAGES = ${JSON.stringify(['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined', 'not_a_fit'])};
const open = indexedDB.open('creator-scout');
open.onsuccess = () => {
  const db = open.result;
  const tx = db.transaction(['pipeline'], 'readonly');
  const counts = {};
  const pipeline = tx.objectStore('pipeline');
  for (const s of STAGES) pipeline.index('stage').count(s).onsuccess = (r) => (counts[s] = r.target.result);
  pipeline.index('nextFollowUpAt').count(IDBKeyRange.upperBound(new Date().toISOString())).onsuccess = (r) => (counts.due = r.target.result);
  tx.oncomplete = () => {
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(counts);
    pre.dataset.bare = 'ready';
    document.body.append(pre);
    db.close();
  };
};`,
};

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  fixtures: FixtureServer;
  url(path: string): string;
  /** Milliseconds from navigation start until the page's ready mark shows (see READY). */
  loadTime(page: Page, path: string): Promise<number>;
  close(): Promise<void>;
}

/** What "ready" means on each measured page: a popup row, a dashboard stage count, a bare page's text. */
const READY = '[data-scout="row"], [data-scout="stage-count"], [data-bare="ready"]';

export async function startBenchBrowser(): Promise<BenchBrowser> {
  requireBuild();
  const fixtures = await startFixtureServer();
  const ext = join(fixtures.dir, 'extension');
  cpSync(EXTENSION_DIR, ext, { recursive: true });
  for (const [name, js] of Object.entries(BARE)) {
    writeFileSync(join(ext, `${name}.js`), js);
    writeFileSync(join(ext, `${name}.html`), `<!doctype html><meta charset="utf-8"><title>${name}</title><script src="${name}.js"></script><body></body>`);
  }
  const context = await chromium.launchPersistentContext(join(fixtures.dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumFlags(fixtures.port).map((a) => a.replaceAll(EXTENSION_DIR, ext)),
  });
  // Polled with setTimeout (headless Chromium may not run requestAnimationFrame for a quiet page) and
  // reported through the console: Playwright's waitForFunction would inject its own ~300 KB script into
  // the page while it loads and time that too. Bounded: a page that never gets ready stops polling.
  await context.addInitScript((sel: string) => {
    if (location.protocol !== 'chrome-extension:') return;
    const tick = () => {
      if (document.querySelector(sel)) console.debug(`scout-ready ${performance.now()}`);
      else if (performance.now() < 60_000) setTimeout(tick, 1);
    };
    tick();
  }, READY);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  // Installing opens the first-run page; closed before anything is measured.
  await closeWelcomeTab(context);
  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;
  return {
    context,
    extensionId,
    fixtures,
    url,
    async loadTime(page, path) {
      const ready = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('scout-ready '), timeout: 60_000 });
      await page.goto(url(path), { waitUntil: 'commit' });
      const ms = Number((await ready).text().split(' ')[1]);
      // Leave the page so its work after the first view (the popup's full load) does not run into the
      // next measurement.
      await page.goto('about:blank');
      return ms;
    },
    async close() {
      await context.close();
      await fixtures.close();
    },
  };
}
