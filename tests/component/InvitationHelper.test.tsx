import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { InvitationHelper } from '../../components/InvitationHelper';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { QUOTA_SETTINGS_KEY } from '../../lib/quota';

let db: ScoutDB;
afterEach(() => db?.delete());

describe('the bulk bar’s affiliate part', () => {
  it('shows the quota, warns about low scorers, and logs an unreadable invitation for the selection in one click', async () => {
    db = new ScoutDB(`helper-${Math.random()}`);
    await settingsRepo.put(db, QUOTA_SETTINGS_KEY, { invitesPerWeek: 300, lowScoreWarning: 50 });
    const route = createRouter(createHandlers(db, () => new Date()), { id: 'x', origin: 'chrome-extension://x/' });
    const tab = { id: 1, url: 'https://affiliate.tiktok.com/connection/creator' };
    // The tap forwards from the page; the bar is an extension page framed in the same tab.
    const fromPage = bindAsk((m) => route(m, { id: 'x', url: tab.url, tab }));
    const ask = bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/bulk-bar.html', tab }));
    const unfamiliar = { url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/seller/invitation_group/create', status: 200, requestBody: '{"group":{}}', body: { code: 0, data: { group_id: '1' } } };
    expect(await fromPage('affiliate.tapped', unfamiliar)).toMatchObject({ kind: 'invitation-unrecognised', logged: 0 });

    const { container } = render(<InvitationHelper ask={ask} selected={['low.one', 'high.one']} scores={new Map([['low.one', 31], ['high.one', 88]])} />);
    await waitFor(() => expect(container.querySelector('[data-scout="quota"]')!.getAttribute('data-limit')).toBe('300'));
    expect(container.querySelector('[data-scout="quota"]')!.getAttribute('data-used')).toBe('0');
    expect(container.querySelector('[data-scout="low-score-warning"]')!.textContent).toBe('1 selected score below 50');
    fireEvent.click(await screen.findByText('Log the invitation you just sent (2)'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Invitation logged for 2'));
    await waitFor(() => expect(container.querySelector('[data-scout="quota"]')!.getAttribute('data-used')).toBe('2'));
    expect(container.querySelector('[data-scout="log-invite"]')).toBeNull();
    expect((await db.outreach.toArray()).map((e) => [e.handle, e.channel])).toEqual(expect.arrayContaining([['low.one', 'seller_center_invite'], ['high.one', 'seller_center_invite']]));
  });
});
