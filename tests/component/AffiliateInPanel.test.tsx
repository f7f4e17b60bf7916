import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreatorPanel } from '../../components/CreatorPanel';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { ScoutDB } from '../../storage/db';

const NOW = '2026-11-24T12:00:00.000Z';
const FIX = join(import.meta.dirname, '../fixtures/affiliate');
const json = (n: string) => JSON.parse(readFileSync(join(FIX, n), 'utf8'));
let db: ScoutDB;
afterEach(() => db?.delete());

describe('what the affiliate center told us, in the profile panel', () => {
  it('its commerce figures feed the score, and its contacts show with their actions', async () => {
    db = new ScoutDB(`aff-panel-${Math.random()}`);
    const route = createRouter(createHandlers(db, () => new Date(NOW)), { id: 'x', origin: 'chrome-extension://x/' });
    const fromAffiliate = bindAsk((m) => route(m, { id: 'x', url: 'https://affiliate.tiktok.com/connection/creator/detail?cid=1', tab: { id: 2, url: 'https://affiliate.tiktok.com/connection/creator/detail?cid=1' } }));
    const url = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/profile';
    const requestBody = JSON.stringify(json('profile.request.json'));
    for (const f of ['profile-sales.response.json', 'profile-contact.response.json']) await fromAffiliate('affiliate.tapped', { url, status: 200, requestBody, body: json(f) });

    // The panel is an extension page framed in the profile's tab.
    const ask = bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/panel.html', tab: { id: 1, url: 'https://www.tiktok.com/@lumi.skin' } }));
    const creator = { handle: 'lumi.skin', nickname: 'Lumi', bio: 'skincare', verified: false, followers: 86_400 };
    const { container } = render(<CreatorPanel creator={creator} videos={[]} warnings={[]} ask={ask} now={NOW} defaultOpen />);
    await waitFor(() => expect(container.querySelectorAll('[data-scout="contact"]').length).toBeGreaterThan(3));
    expect(screen.getAllByText(/GMV USD 12840.50/).length).toBeGreaterThan(0);
    const ig = container.querySelector('[data-scout="contact"][data-kind="instagram"] a')!;
    expect(ig.getAttribute('href')).toBe('https://www.instagram.com/lumi.skin.daily/');
    const mail = container.querySelector('[data-scout="contact"][data-kind="email"] a')!;
    expect(mail.getAttribute('href')).toMatch(/^mailto:/);
    expect(screen.getByLabelText('Copy Link in bio linktr.ee/lumiskin')).toBeTruthy();
  });
});
