import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, chromiumFlags, fixture, requireBuild, startFixtureServer } from '../e2e/harness';
import { pagedMarketplacePage } from '../e2e/pages';
import { report } from './report';

const PAGES = [
  { script: 'profile', url: 'https://www.tiktok.com/@glowwithmara', body: () => fixture('tiktok/profile-en.html') },
  { script: 'marketplace', url: 'https://affiliate.tiktok.com/connection/creator', body: pagedMarketplacePage },
  { script: 'shop', url: 'https://www.tiktok.com/shop/pdp/hydrating-barrier-serum-30ml/1729384756102938475', body: () => fixture('tiktok/product-en.html') },
];
const RUNS = 3;
/** The browser opens a neutral page first and goes to TikTok from there, as a user does in a running browser. */
const START_DELAY_MS = 1500;
const TRACE_MS = 4000;

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { url?: string } } };

/**
 * The first TikTok page of a fresh browser, for each content script: the longest main-thread task that
 * runs extension code. Chromium is started directly and traced (--trace-startup), never driven over
 * DevTools: with a debugger attached V8 compiles differently and the first page's task doubles.
 */
export async function benchFirstPage(): Promise<void> {
  requireBuild();
  const fx = await startFixtureServer();
  try {
    const start = `https://127.0.0.1:${fx.port}/start`;
    const worst: { ms: number; what: string }[] = [];
    for (const page of PAGES) {
      const { host, pathname } = new URL(page.url);
      fx.routes.set(`${host}${pathname}`, { body: page.body() });
      fx.routes.set(`127.0.0.1/start-${page.script}`, { body: `<!doctype html><title>start</title><script>setTimeout(() => location.href = ${JSON.stringify(page.url)}, ${START_DELAY_MS})</script>` });
      for (let run = 0; run < RUNS; run++) {
        const trace = await traceFirstPage(fx.dir, `${page.script}-${run}`, `${start}-${page.script}`, fx.port);
        worst.push({ ms: longestExtensionTask(trace, page.script), what: page.script });
      }
    }
    const top = worst.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.debug(`first page: longest task per run ${worst.map((w) => `${w.what} ${w.ms.toFixed(1)}`).join(', ')}`);
    report('overlay.first_page_task_ms', Number(top.ms.toFixed(1)), 'ms', 50);
  } finally {
    await fx.close();
  }
}

async function traceFirstPage(dir: string, name: string, url: string, port: number): Promise<TraceEvent[]> {
  const file = join(dir, `trace-${name}.json`);
  const args = [
    '--headless',
    `--user-data-dir=${join(dir, `profile-${name}`)}`,
    ...chromiumFlags(port),
    '--trace-startup=toplevel,devtools.timeline,v8',
    `--trace-startup-file=${file}`,
    `--trace-startup-duration=${TRACE_MS / 1000}`,
    '--trace-startup-format=json',
    url,
  ];
  const browser = spawn(CHROMIUM, args, { stdio: 'ignore' });
  try {
    // Chromium writes the trace once its duration is over.
    const deadline = Date.now() + TRACE_MS + 20_000;
    for (;;) {
      if (existsSync(file)) {
        try {
          return (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
        } catch {
          // Still being written.
        }
      }
      if (Date.now() > deadline) throw new Error(`no trace from Chromium for ${url}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    browser.kill('SIGTERM');
    await new Promise((r) => browser.once('exit', r));
  }
}

/** The longest task on the TikTok page's main thread that ran any of the extension's code. */
function longestExtensionTask(events: TraceEvent[], script: string): number {
  const isOurs = (e: TraceEvent) => e.args?.data?.url?.startsWith('chrome-extension://') ?? false;
  const entry = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.includes(`/content-scripts/${script}.js`));
  if (!entry) throw new Error(`the ${script} content script never ran on its first page`);
  const thread = events.filter((e) => e.pid === entry.pid && e.tid === entry.tid && e.ph === 'X');
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const ours = thread.filter(isOurs);
  let longest = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    if (ours.some((e) => e.ts >= t.ts && e.ts < end)) longest = Math.max(longest, (t.dur ?? 0) / 1000);
  }
  return longest;
}
