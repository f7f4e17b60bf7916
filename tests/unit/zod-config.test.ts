import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../lib/zod';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('zod in the extension', () => {
  it('runs without eval: every schema the extension builds goes through lib/zod.ts', () => {
    // A value import of 'zod' anywhere in extension code could build a schema before z.config runs, and
    // that schema would probe `new Function` under the extension's CSP (see lib/zod.ts).
    const direct = ['lib', 'storage', 'components', 'entrypoints']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((f) => !f.endsWith(join('lib', 'zod.ts')))
      .filter((f) => /^import (?!type )[^;]*from 'zod(\/[^']*)?';/m.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(direct).toEqual([]);
    expect(z.config().jitless).toBe(true);
  });

  it('still parses objects, with clear errors', () => {
    const S = z.object({ handle: z.string(), followers: z.number() });
    expect(S.parse({ handle: 'mara', followers: 3, extra: 1 })).toEqual({ handle: 'mara', followers: 3 });
    expect(S.safeParse({ handle: 'mara' }).error?.issues[0]?.path).toEqual(['followers']);
  });
});
