import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { MESSAGES } from '../../lib/messaging/protocol';
import { PAGE_FACING } from '../../lib/messaging/senders';

// Which messages the content scripts really send: every local file their bundles pull in (esbuild's
// import graph), searched for ask('type') / call(transport, 'type') / send('type') and { type: 'type' }.
const ROOT = resolve(import.meta.dirname, '../..');

function contentScriptEntries(): string[] {
  const dir = join(ROOT, 'entrypoints');
  return readdirSync(dir).flatMap((name) => {
    if (/\.content\.tsx?$/.test(name)) return [join('entrypoints', name)];
    if (!name.endsWith('.content')) return [];
    return ['index.ts', 'index.tsx'].map((f) => join('entrypoints', name, f)).filter((f) => existsSync(join(ROOT, f)));
  });
}

async function sentByContentScripts(): Promise<Map<string, string[]>> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: contentScriptEntries(),
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    outdir: 'scratch/graph',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const sent = new Map<string, string[]>();
  for (const file of Object.keys(metafile.inputs)) {
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(join(ROOT, file), 'utf8');
    const calls = [...source.matchAll(/\b(?:ask|call|send)\(\s*(?:[\w.]+,\s*)?['"]([\w.]+)['"]/g)].map((m) => m[1]!);
    // A hand-built envelope ({ type: 'x', payload }) counts when x is one of our messages.
    const envelopes = [...source.matchAll(/\btype:\s*['"]([\w.]+)['"]/g)].map((m) => m[1]!).filter((t) => Object.hasOwn(MESSAGES, t));
    for (const type of [...calls, ...envelopes]) sent.set(type, [...new Set([...(sent.get(type) ?? []), file])]);
  }
  return sent;
}

describe('page-facing messages (lib/messaging/senders.ts)', () => {
  it('lists exactly what the content scripts send: nothing they need is refused, nothing else is allowed', async () => {
    const sent = await sentByContentScripts();
    expect(sent.size).toBeGreaterThan(0);
    for (const [type, files] of sent) {
      expect(Object.hasOwn(MESSAGES, type), `${type} (sent from ${files.join(', ')}) is not a message`).toBe(true);
      expect(PAGE_FACING.has(type as never), `${type} is sent from a content script (${files.join(', ')}): add it to PAGE_FACING with the reason, or send it from an extension page`).toBe(true);
    }
    for (const type of PAGE_FACING) {
      expect(sent.has(type), `${type} is page-facing but no content script sends it any more: remove it from PAGE_FACING`).toBe(true);
    }
  });
});
