import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../e2e/harness';

/** Bundle a module for the page as an IIFE exposing its exports on `globalThis[name]`. */
export async function bundleForPage(entry: string, name: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: name, write: false, platform: 'browser', minify: true, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

/** Plain headless Chromium (no extension) for measuring pure code where it really runs. */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}
