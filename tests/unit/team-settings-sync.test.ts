import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamSettingsRepo } from '../../storage/team-settings';
import { syncOnce } from '../../storage/sync-engine';
import { startTestServer, STORE_KINDS, type TestServer } from './sync-helpers';
import { realFetch, clientDatabases } from './sync-clients';

const client = clientDatabases();

describe.each(STORE_KINDS)('the team-wide score model choice syncs through the real server on $name', (kind) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(kind);
  });
  afterAll(async () => s?.close());

  it('one member chooses the learned score, a teammate gets it, and the later choice wins', async () => {
    const t = await s.team();
    const cfg = { url: s.url, token: t.token };
    const [a, b] = [client(), client()];
    await teamSettingsRepo.setScoreModel(a, 'learned', new Date('2026-11-24T10:00:00Z'));
    await syncOnce(a, cfg, realFetch);
    await syncOnce(b, cfg, realFetch);
    expect(await teamSettingsRepo.scoreModel(b)).toBe('learned');
    await teamSettingsRepo.setScoreModel(b, 'default', new Date('2026-11-24T11:00:00Z'));
    await syncOnce(b, cfg, realFetch);
    await syncOnce(a, cfg, realFetch);
    expect(await teamSettingsRepo.scoreModel(a)).toBe('default');
  });
});
