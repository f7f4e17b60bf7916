import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORE_KINDS, startTestServer } from './sync-helpers';

const VERSION = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')).version;

describe.each(STORE_KINDS)('/v1/health on $name', (kind) => {
  it('reports the store and the version, without a token', async () => {
    const server = await startTestServer(kind);
    try {
      const r = await fetch(`${server.url}/v1/health`);
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({ ok: true, store: kind.name, version: VERSION });
    } finally {
      await server.close();
    }
  });
});
