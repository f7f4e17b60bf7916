import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startFixtureServer, TIKTOK_HOSTS, type Routes } from './harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
/** Debian's Firefox ESR by default; FIREFOX_PATH points elsewhere on other systems. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'creator-scout@example.org';
// Fixed through extensions.webextensions.uuids so the tests know the moz-extension:// origin up front.
export const FIREFOX_UUID = '4f1c3b52-7c1e-4a39-9d6e-2b8c0f5a1e77';

/**
 * Firefox has no --host-resolver-rules: an HTTP CONNECT proxy on loopback tunnels the TikTok hosts to the
 * fixture server and refuses everything else, so the browser never reaches the network.
 */
async function startConnectProxy(target: number): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => res.writeHead(403).end('only CONNECT to the TikTok hosts'));
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const host = (req.url ?? '').split(':')[0]!;
    if (!TIKTOK_HOSTS.includes(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(target, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

export interface FirefoxHarness {
  browser: Browser;
  routes: Routes;
  /** Everything Firefox printed that looks like an error from our extension (background page included). */
  extensionErrors: string[];
  open(url: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function requireFirefoxBuild(): void {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build" first`);
}

/** Firefox ESR over WebDriver BiDi with the MV2 build installed as a temporary add-on. */
export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  requireFirefoxBuild();
  const fixtures = await startFixtureServer();
  const proxy = await startConnectProxy(fixtures.port);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      userDataDir: join(fixtures.dir, 'firefox-profile'),
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // The background page's console goes to the browser console; this copies it to stdout, where it is read.
        'devtools.console.stdout.chrome': true,
        'devtools.console.stdout.content': true,
      },
    });
    const extensionErrors: string[] = [];
    const onOutput = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (/moz-extension:\/\/|creator-scout|background\.js/i.test(line) && /error|TypeError|ReferenceError|exception/i.test(line)) extensionErrors.push(line.trim());
      }
    };
    browser.process()?.stdout?.on('data', onOutput);
    browser.process()?.stderr?.on('data', onOutput);
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const b = browser;
    const open = async (url: string) => {
      const page = await b.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' && /moz-extension:/.test(`${m.location().url ?? ''} ${m.text()}`)) extensionErrors.push(m.text());
      });
      page.on('pageerror', (e) => {
        if (page.url().startsWith('moz-extension:')) extensionErrors.push(String(e));
      });
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url);
        return page;
      }
      // Over BiDi, puppeteer never sees a navigation to an extension page finish (the page loads, the
      // promise times out), so wait for the document itself.
      page.goto(url, { timeout: 30_000 }).catch(() => {});
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const at = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
        if (at.startsWith(url) && at.endsWith(' complete')) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${url} did not load within 15 s`);
    };
    return {
      browser: b,
      routes: fixtures.routes,
      extensionErrors,
      open,
      openExtensionPage: (path) => open(`moz-extension://${FIREFOX_UUID}/${path}`),
      async close() {
        await b.close();
        await proxy.close();
        await fixtures.close();
      },
    };
  } catch (e) {
    await browser?.close();
    await proxy.close();
    await fixtures.close();
    throw e;
  }
}
