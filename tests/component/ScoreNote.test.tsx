import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { PipelineView } from '../../entrypoints/popup/PipelineView';
import { usePopupStore } from '../../entrypoints/popup/store';
import { PipelineFilter } from '../../lib/pipeline/view';
import { scoreCreator, scoreLabel } from '../../lib/scoring';
import type { MarketplaceCreator } from '../../lib/model/page';

const NOW = '2026-11-24T12:00:00.000Z';
let db: ScoutDB;
beforeEach(() => {
  usePopupStore.setState({ rows: [], complete: false, filter: PipelineFilter.parse({}), sort: 'updated', selected: new Set(), visible: [] });
  db = new ScoutDB(`note-${Math.random()}`);
});
afterEach(() => db.delete());

describe('low-data scores in the popup', () => {
  it('a list row known only by its follower count is added with "little data: followers only", and the popup row says so', { timeout: 30_000 }, async () => {
    const route = createRouter(createHandlers(db, () => new Date(NOW)), { id: 'x', origin: 'chrome-extension://x/' });
    const ask = bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/bulk-bar.html', tab: { id: 1, url: 'https://affiliate.tiktok.com/connection/creator' } }));
    const thin: MarketplaceCreator = { handle: 'thin', followers: 40_000, categories: [] };
    const rich: MarketplaceCreator = { handle: 'rich', followers: 219_200, avgViews: 20_400, engagementRate: 0.112, gmv: '$1K-$10K', categories: ['Beauty'] };
    await ask('marketplace.observe', { creators: [thin, rich] });
    // What the list chips show and send (chips score list rows without videos).
    const chip = (c: MarketplaceCreator) => scoreCreator({ creator: c, videos: [], now: NOW });
    expect(scoreLabel(chip(thin))).toBe(`${chip(thin).score} · little data: followers only`);
    await ask('pipeline.bulkAdd', { creators: [thin, rich].map((c) => ({ handle: c.handle, score: chip(c).score })) });
    expect(await db.pipeline.get('thin')).toMatchObject({ score: chip(thin).score, scoreNote: 'little data: followers only' });
    // Enough to go on (reach, engagement, views, GMV): no note.
    expect((await db.pipeline.get('rich'))!.scoreNote).toBeUndefined();

    const { container } = render(<PipelineView db={db} me="" />);
    await waitFor(() => expect(screen.getByText(/Pipeline \(2\)/)).toBeTruthy(), { timeout: 10_000 });
    const row = container.querySelector('[data-scout="row"][data-handle="thin"]')!;
    expect(row.querySelector('[data-scout="score-note"]')!.textContent).toBe(' · little data: followers only');
  });
});
