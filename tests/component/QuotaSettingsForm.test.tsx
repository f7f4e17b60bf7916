import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QuotaSettingsForm } from '../../entrypoints/options/QuotaSettingsForm';
import { ScoutDB } from '../../storage/db';
import { quotaSettings } from '../../storage/quota';

let db: ScoutDB;
afterEach(() => db?.delete());

describe('Options: weekly quota', () => {
  it('a tier preset fills the figures, each stays editable, and a bad time zone is refused by name', async () => {
    db = new ScoutDB(`quota-${Math.random()}`);
    render(<QuotaSettingsForm db={db} />);
    fireEvent.change(await screen.findByLabelText('Tier', {}, { timeout: 5000 }), { target: { value: 'top' } });
    expect((screen.getByLabelText('Invitations per week') as HTMLInputElement).value).toBe('2000');
    fireEvent.change(screen.getByLabelText('Messages per week'), { target: { value: '750' } });
    fireEvent.change(screen.getByLabelText('Warn below score (0 = never)'), { target: { value: '55' } });
    fireEvent.change(screen.getByLabelText(/Shop time zone/), { target: { value: 'Nowhere/Land' } });
    fireEvent.click(screen.getByText('Save quota'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Shop time zone: "Nowhere\/Land" is not a time zone/), { timeout: 5000 });
    fireEvent.change(screen.getByLabelText(/Shop time zone/), { target: { value: 'Asia/Jakarta' } });
    fireEvent.click(screen.getByText('Save quota'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'), { timeout: 5000 });
    expect(await quotaSettings(db)).toMatchObject({ tier: 'custom', invitesPerWeek: 2000, messagesPerWeek: 750, lowScoreWarning: 55, timeZone: 'Asia/Jakarta' });
  });
});
