import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures');

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere on other systems. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const TIKTOK_HOSTS = ['www.tiktok.com', 'shop.tiktok.com', 'affiliate.tiktok.com', 'affiliate-us.tiktok.com', 'affiliate.tiktokglobalshop.com', 'seller-us.tiktok.com'];

export type Route = { status?: number; type?: string; headers?: Record<string, string>; body: string | Buffer };
/** Pages by "host/path" (no query string). Tests add their own before navigating. */
export type Routes = Map<string, Route | (() => Route)>;

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function selfSignedCert(dir: string): { key: Buffer; cert: Buffer } {
  // A throwaway certificate: Chromium runs with --ignore-certificate-errors, so only its shape matters.
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=www.tiktok.com',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  routes: Routes;
  server: Server;
  port: number;
  /** Whether installing the extension opened its first-run page (closed again before any test runs). */
  welcomeOpened: boolean;
  /** Open a fixture page "as" its real TikTok URL. */
  open(url: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** An HTTPS server on loopback answering for the TikTok hosts from `routes`. */
export interface FixtureServer {
  routes: Routes;
  server: Server;
  port: number;
  /** A scratch directory (certificate, browser profiles), removed by close(). */
  dir: string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'scout-e2e-'));
  const routes: Routes = new Map();
  const server = createServer(selfSignedCert(dir), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const found = routes.get(`${host}${path}`) ?? routes.get(`${host}${path.replace(/\/$/, '')}`);
    const route = typeof found === 'function' ? found() : found;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><p>not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers }).end(route.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    routes,
    server,
    port,
    dir,
    async close() {
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium flags that load the built extension and resolve the TikTok hosts to the fixture server. */
export function chromiumFlags(port: number): string[] {
  const rules = TIKTOK_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return [
    `--load-extension=${EXTENSION_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export function requireBuild(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run "npm run build" first`);
}

export interface HarnessOptions {
  /**
   * The browser's UI language (for example "es"), which the extension's pages read through chrome.i18n.
   * Linux Chromium takes it from LANGUAGE as well as --lang, and has it only with its locale packs
   * installed (Debian: chromium-l10n, /usr/lib/chromium/locales/<lang>.pak).
   */
  lang?: string;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  requireBuild();
  const fixtures = await startFixtureServer();
  const { routes, server, port, dir } = fixtures;
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: opts.lang ? [...chromiumFlags(port), `--lang=${opts.lang}`] : chromiumFlags(port),
    ...(opts.lang ? { env: { ...process.env, LANGUAGE: opts.lang } as Record<string, string> } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const welcomeOpened = await closeWelcomeTab(context);
  return {
    context,
    extensionId,
    welcomeOpened,
    routes,
    server,
    port,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await fixtures.close();
    },
  };
}

/**
 * Installing the extension opens its first-run page in a new tab (entrypoints/background/welcome.ts).
 * Tests start from a browser without it: it would be the active tab and open the database on its own.
 * Returns whether it appeared within the time allowed.
 */
export async function closeWelcomeTab(context: BrowserContext, timeoutMs = 10_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) {
      await page.close();
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/**
 * Waits until an extension page has opened (and so created or upgraded) the extension's database. A test
 * that writes rows with a raw `indexedDB.open('creator-scout')` before that would race the app: the raw
 * open creates an empty database with none of the stores.
 */
export async function databaseReady(page: Page, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    // Dexie stores version N as N × 10: anything from 10 up is a database the app has opened.
    const ready = await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'creator-scout' && (d.version ?? 0) >= 10));
    if (ready) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the extension page ${page.url()} never opened its database`);
}
