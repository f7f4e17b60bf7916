import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, fireEvent } from '@testing-library/react';
import { CreatorPanel } from '../../components/CreatorPanel';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { ScoutDB } from '../../storage/db';
import { templatesRepo } from '../../storage/templates';
import { productsRepo } from '../../storage/products';
import type { ExtractedCreator, ExtractedVideo } from '../../lib/model/page';

const NOW = '2026-11-24T12:00:00.000Z';
let db: ScoutDB;
afterEach(() => db?.delete());

/** The panel talks to the real background handlers over real (fake-indexeddb) storage. */
function setup() {
  db = new ScoutDB(`panel-${Math.random()}`);
  const route = createRouter(createHandlers(db, () => new Date(NOW)), { id: 'x', origin: 'chrome-extension://x/' });
  // The panel is an extension page framed in a TikTok tab.
  return bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/panel.html', tab: { id: 1, url: 'https://www.tiktok.com/@mara' } }));
}

const creator: ExtractedCreator = { handle: 'mara', nickname: '<img src=x onerror="window.__pwned=1">', bio: 'skincare', verified: false, followers: 184_300, email: 'mara@example.com' };
const videos: ExtractedVideo[] = [{ id: '1', views: 20_000, likes: 1500, comments: 40, shares: 10, createdAt: '2026-11-20T00:00:00Z', description: 'serum', hasProduct: true }];

describe('CreatorPanel', () => {
  it('shows the score, renders page text as text, and adds to the pipeline', async () => {
    const ask = setup();
    const { container } = render(<CreatorPanel creator={creator} videos={videos} warnings={['creator.likes']} ask={ask} now={NOW} defaultOpen />);
    const root = container.querySelector('[data-scout="overlay"]')!;
    expect(root.getAttribute('data-handle')).toBe('mara');
    expect(Number(container.querySelector('[data-scout="score"]')!.textContent)).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(creator.nickname)).toBeTruthy();
    expect(screen.getByText(/Not read from this page: creator.likes/)).toBeTruthy();

    fireEvent.click(container.querySelector('[data-scout="add"]')!);
    await waitFor(() => expect((container.querySelector('[data-scout="stage"]') as HTMLSelectElement).value).toBe('prospect'));
    expect(await db.pipeline.get('mara')).toMatchObject({ stage: 'prospect' });
  });

  it('logs outreach from the form and shows missing figures as "not available"', async () => {
    const ask = setup();
    await templatesRepo.save(db, { name: 'Intro', body: 'Hi {{nickname}}' }, new Date(NOW));
    const { container } = render(<CreatorPanel creator={{ ...creator, sellsOnShop: undefined }} videos={[]} warnings={[]} ask={ask} now={NOW} defaultOpen />);
    expect(screen.getAllByText('not available').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'email' } });
    fireEvent.change(screen.getAllByLabelText('Note')[0]!, { target: { value: 'sent rate card' } });
    fireEvent.click(container.querySelector('[data-scout="log-outreach"]')!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Outreach logged'));
    const events = await db.outreach.toArray();
    expect(events).toMatchObject([{ handle: 'mara', channel: 'email', note: 'sent rate card', direction: 'out' }]);
    expect((await db.pipeline.get('mara'))!.stage).toBe('contacted');
  });

  it('recruits the creator for a saved product, names it, and unlinks it', async () => {
    const ask = setup();
    await productsRepo.save(db, { id: '42', title: 'Barrier serum 30ml', url: 'https://www.tiktok.com/shop/pdp/serum/42' }, new Date(NOW));
    render(<CreatorPanel creator={creator} videos={videos} warnings={[]} ask={ask} now={NOW} defaultOpen />);
    const pick = await screen.findByLabelText('Recruit for a product');
    expect(screen.getByText('no product')).toBeTruthy();
    fireEvent.change(pick, { target: { value: '42' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Recruiting for the product'));
    expect(screen.getByText('Barrier serum 30ml')).toBeTruthy();
    expect(await db.pipeline.get('mara')).toMatchObject({ stage: 'prospect', products: ['42'] });

    fireEvent.click(screen.getByLabelText('Not recruiting for Barrier serum 30ml'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No longer recruiting for the product'));
    expect((await db.pipeline.get('mara'))!.products).toEqual([]);
    expect(screen.getByText('no product')).toBeTruthy();
  });

  it('copies a template with the creator and the product they are recruited for filled in', async () => {
    const ask = setup();
    await templatesRepo.save(db, { name: 'Pitch', body: 'Hi {{nickname}} ({{handle}}), {{product}} for you?' }, new Date(NOW));
    await productsRepo.save(db, { id: '42', title: 'Barrier serum 30ml', url: 'https://www.tiktok.com/shop/pdp/serum/42' }, new Date(NOW));
    await ask('product.recruit', { productId: '42', handle: 'mara', recruited: true });
    // jsdom has no clipboard; this stands in for the browser's.
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    render(<CreatorPanel creator={{ ...creator, nickname: 'Mara' }} videos={videos} warnings={[]} ask={ask} now={NOW} defaultOpen />);
    await screen.findByLabelText('Not recruiting for Barrier serum 30ml');
    fireEvent.change(screen.getByLabelText('Copy a message'), { target: { value: (await templatesRepo.all(db))[0]!.id } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied "Pitch"'));
    expect(copied).toEqual(['Hi Mara (@mara), Barrier serum 30ml for you?']);
  });
});
