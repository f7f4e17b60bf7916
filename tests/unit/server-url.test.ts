import { describe, expect, it } from 'vitest';
import { isLoopbackHost, serverUrlProblem } from '../../lib/server-url';
import { SyncConfig } from '../../storage/sync-engine';

const TOKEN = `cs_${'a'.repeat(16)}_${'B'.repeat(43)}`;

describe('sync server URL', () => {
  it('accepts https anywhere and http only on this computer', () => {
    for (const url of ['https://scout.example.com', 'https://10.0.0.5:8443/', 'http://127.0.0.1:8787', 'http://127.5.6.7', 'http://127.1:8787', 'http://localhost:8787', 'http://LOCALHOST', 'http://[::1]:8787']) {
      expect(serverUrlProblem(url), url).toBeUndefined();
    }
  });

  it('refuses http for any other host, naming the host and the rule', () => {
    for (const url of ['http://192.168.1.5:8787', 'http://scout.example.com', 'http://128.0.0.1', 'http://localhost.evil.example', 'http://127.0.0.1.nip.io', 'http://[::2]', 'http://10.0.0.1']) {
      expect(serverUrlProblem(url), url).toMatch(/http:\/\/ is allowed only for this computer.*use https:\/\//);
    }
    expect(serverUrlProblem('http://192.168.1.5:8787')).toContain('192.168.1.5');
  });

  it('refuses what is not a server URL', () => {
    expect(serverUrlProblem('scout.example.com')).toMatch(/not a URL/);
    expect(serverUrlProblem('ftp://scout.example.com')).toMatch(/must start with https:\/\//);
    expect(serverUrlProblem('javascript:alert(1)')).toMatch(/must start with https:\/\//);
    expect(serverUrlProblem('https://alex:pw@scout.example.com')).toMatch(/user name or password/);
  });

  it('knows loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '127.255.255.254', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::1', '127.0.0.1.example', 'example.localhost'].some(isLoopbackHost)).toBe(false);
  });

  it('the stored sync config holds the same rule, so the token is never sent over plain http to another host', () => {
    expect(SyncConfig.safeParse({ url: 'http://127.0.0.1:8787', token: TOKEN }).success).toBe(true);
    const bad = SyncConfig.safeParse({ url: 'http://scout.example.com', token: TOKEN });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['url']);
  });
});
