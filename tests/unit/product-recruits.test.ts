import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { pipelineRepo } from '../../storage/pipeline';
import { samplesRepo } from '../../storage/samples';
import { campaignsRepo } from '../../storage/campaigns';
import { listsRepo } from '../../storage/lists';
import { outboxRepo } from '../../storage/outbox';
import { freshDb } from './db-helpers';

const NOW = new Date('2026-11-24T10:00:00Z');
// The product panel: an extension page framed in the Shop tab.
const fromShop = { id: 'scoutid', url: 'chrome-extension://scoutid/shop-panel.html', tab: { id: 1, url: 'https://www.tiktok.com/shop/pdp/serum/42' } };
const product = { id: '42', title: 'Barrier serum', url: 'https://www.tiktok.com/shop/pdp/serum/42', price: { amount: 19.9, currency: 'USD' } };

let db: ScoutDB;
afterEach(() => db?.delete());

function setup() {
  db = freshDb();
  const route = createRouter(createHandlers(db, () => NOW), { id: 'scoutid', origin: 'chrome-extension://scoutid/' });
  return bindAsk((m) => route(m, fromShop));
}

describe('creators recruited for a product', () => {
  it('gathers links, samples of the product and campaign shortlists, pipeline creators only, furthest stage first', async () => {
    const ask = setup();
    await pipelineRepo.add(db, 'linked_one', {}, NOW);
    await pipelineRepo.update(db, 'linked_one', { products: ['42', '7'] }, NOW);
    await pipelineRepo.add(db, 'sampled', {}, NOW);
    await samplesRepo.save(db, { id: 's1', handle: 'sampled', productId: '42', sentAt: NOW.toISOString() }, NOW);
    await pipelineRepo.add(db, 'other_product', {}, NOW);
    await samplesRepo.save(db, { id: 's2', handle: 'other_product', productId: '7', sentAt: NOW.toISOString() }, NOW);
    const list = await listsRepo.create(db, 'Serum launch', NOW);
    await pipelineRepo.add(db, 'shortlisted', { listId: list.id }, NOW);
    await pipelineRepo.add(db, 'sampled', { listId: list.id }, NOW);
    await campaignsRepo.save(db, { id: 'c1', name: 'Launch', startsAt: '2026-12-01', endsAt: '2026-12-31', productIds: ['42'], listId: list.id, goal: {}, bonusRule: '' }, NOW);

    const r = await ask('product.recruits', { productId: '42' });
    expect(r.saved).toBe(false);
    // A sample moves "sampled" to sample_sent, the furthest stage here.
    expect(r.recruits).toEqual([
      { handle: 'sampled', stage: 'sample_sent', via: ['sample', 'campaign'] },
      { handle: 'linked_one', stage: 'prospect', via: ['linked'] },
      { handle: 'shortlisted', stage: 'prospect', via: ['campaign'] },
    ]);

    expect((await ask('product.save', { product })).recruits.map((x) => x.handle)).toEqual(['sampled', 'linked_one', 'shortlisted']);
    expect((await ask('product.recruits', { productId: '42' })).saved).toBe(true);
  });

  it('recruits a creator by handle (adding them to the pipeline), unlinks them, and syncs only the product list', async () => {
    const ask = setup();
    const added = await ask('product.recruit', { productId: '42', handle: '@New_Face', recruited: true });
    expect(added.state.entry).toMatchObject({ handle: 'new_face', stage: 'prospect', products: ['42'] });
    expect(added.recruits).toEqual([{ handle: 'new_face', stage: 'prospect', via: ['linked'] }]);
    // Twice is once.
    await ask('product.recruit', { productId: '42', handle: 'new_face', recruited: true });
    expect((await pipelineRepo.get(db, 'new_face'))!.products).toEqual(['42']);

    const pending = await outboxRepo.pending(db, 100);
    expect(pending.filter((m) => m.table === 'pipeline').map((m) => Object.keys(m.fields).sort())).toContainEqual(['products', 'updatedAt']);

    const removed = await ask('product.recruit', { productId: '42', handle: 'new_face', recruited: false });
    expect(removed.recruits).toEqual([]);
    expect(removed.state.entry).toMatchObject({ stage: 'prospect', products: [] });
    // Unlinking someone who is not in the pipeline adds nothing.
    expect((await ask('product.recruit', { productId: '42', handle: 'stranger', recruited: false })).state.entry).toBeUndefined();
  });

  it('refuses a malformed request', async () => {
    const ask = setup();
    await expect(ask('product.recruit', { productId: '', handle: 'x', recruited: true })).rejects.toThrow(/product\.recruit/);
  });
});
