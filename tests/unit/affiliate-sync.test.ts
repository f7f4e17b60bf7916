import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affiliateRepo } from '../../storage/affiliate';
import { syncOnce } from '../../storage/sync-engine';
import { readAffiliate } from '../../lib/extract/affiliate';
import { startTestServer, STORE_KINDS, type TestServer } from './sync-helpers';
import { affiliateJson, URLS } from './affiliate-fixtures';
import { realFetch, clientDatabases } from './sync-clients';

const NOW = new Date('2026-11-25T10:00:00Z');
const client = clientDatabases();

describe.each(STORE_KINDS)('an invitation logged by itself syncs like every event ($name)', (kind) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(kind);
  });
  afterAll(async () => s?.close());

  it('reaches a teammate with its details, and seeing it again there logs nothing more', async () => {
    const t = await s.team();
    const cfg = { url: s.url, token: t.token };
    const [a, b] = [client(), client()];
    const find = readAffiliate(URLS.find, 200, '{}', affiliateJson('marketplace-find.response.json'));
    const inv = readAffiliate(URLS.invite, 200, JSON.stringify(affiliateJson('invitation-create.request.json')), affiliateJson('invitation-create.success.json'));
    if (find.kind !== 'creators' || inv.kind !== 'invitation') throw new Error('fixtures');
    for (const db of [a, b]) await affiliateRepo.observeCreators(db, find.creators, NOW);

    expect((await affiliateRepo.logInvitation(a, inv.invitation, 'sam', NOW)).logged).toHaveLength(2);
    await syncOnce(a, cfg, realFetch);
    await syncOnce(b, cfg, realFetch);
    const got = await b.outreach.toArray();
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ channel: 'seller_center_invite', author: 'sam', invitation: { id: '7588001122334455667', name: 'Spring glow launch' } });
    expect((await b.pipeline.get('lumi.skin'))!.stage).toBe('contacted');

    // The same invitation read again on the teammate's install (a shared login, a second browser): no duplicate.
    expect(await affiliateRepo.logInvitation(b, inv.invitation, 'sam', NOW)).toMatchObject({ logged: [], already: ['lumi.skin', 'bakewithbea'] });
    expect(await b.outreach.count()).toBe(2);
  });
});
