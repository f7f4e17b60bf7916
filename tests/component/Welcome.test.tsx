import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { ME_KEY, SCORE_SETTINGS_KEY } from '../../storage/handlers';
import { CONFIG_KEY } from '../../storage/sync-engine';
import { Welcome } from '../../entrypoints/welcome/App';
import { setMessages } from '../../lib/i18n/t';
import { messagesFor } from '../setup/i18n-catalog';

const TOKEN = `cs_${'a'.repeat(16)}_${'B'.repeat(43)}`;
let db: ScoutDB;
beforeEach(() => {
  db = new ScoutDB(`welcome-${Math.random()}`);
});
afterEach(() => db.delete());

const noShortcut = async () => undefined;
const heading = () => screen.getByRole('heading', { level: 2 });
const next = () => fireEvent.click(screen.getByRole('button', { name: /Save and continue/ }));
const skip = () => fireEvent.click(screen.getByRole('button', { name: 'Skip' }));

function renderWelcome(opts: { requestOrigin?: (p: string) => Promise<boolean>; syncNow?: () => Promise<{ lastError?: string }> } = {}) {
  return render(<Welcome db={db} shortcut={noShortcut} requestOrigin={opts.requestOrigin ?? (async () => true)} syncNow={opts.syncNow ?? (async () => ({}))} />);
}

describe('Welcome (first-run page)', () => {
  it('saves each step through the settings the options page reads, and ends with what to do next', async () => {
    // Weights set in Options earlier must survive the keywords and tiers saved here.
    await settingsRepo.put(db, SCORE_SETTINGS_KEY, { weights: { fit: 3 } });
    const asked: string[] = [];
    renderWelcome({ requestOrigin: async (p) => (asked.push(p), true) });
    expect(await screen.findByRole('heading', { name: 'What should teammates call you?' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
    expect(screen.getByRole('button', { current: 'step' }).textContent).toMatch(/Your name/);

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: '  Alex Kim ' } });
    next();
    await screen.findByRole('heading', { name: 'What does your brand sell?' });
    expect(await settingsRepo.get(db, ME_KEY, '')).toBe('Alex Kim');
    expect(heading()).toBe(document.activeElement);

    fireEvent.change(screen.getByLabelText('Brand keywords'), { target: { value: 'skincare, serum,, Serum , sensitive skin' } });
    next();
    await screen.findByRole('heading', { name: 'Which creators do you recruit?' });
    expect(await settingsRepo.get(db, SCORE_SETTINGS_KEY, {})).toEqual({ weights: { fit: 3 }, keywords: ['skincare', 'serum', 'sensitive skin'] });

    // Micro and mid are ticked by default (the score's default target); each shows its follower range.
    expect(screen.getByRole('checkbox', { name: /Micro.*10K to 100K followers/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /Nano.*Under 10K followers/ })).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: /Mega.*1M followers or more/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Nano/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Mid/ }));
    next();
    await screen.findByRole('heading', { name: 'Do you work with a team?' });
    expect(await settingsRepo.get(db, SCORE_SETTINGS_KEY, {})).toEqual({ weights: { fit: 3 }, keywords: ['skincare', 'serum', 'sensitive skin'], targetTiers: ['nano', 'micro'] });

    fireEvent.change(screen.getByLabelText('Server address'), { target: { value: 'https://scout.example.com' } });
    fireEvent.change(screen.getByLabelText('Team token'), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect and test' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Connected. The first sync worked.'));
    expect(asked).toEqual(['https://scout.example.com/*']);
    expect((await db.settings.get(CONFIG_KEY))?.value).toEqual({ url: 'https://scout.example.com', token: TOKEN });
    next();

    await screen.findByRole('heading', { name: "You're all set" });
    expect(screen.getByRole('link', { name: /Open TikTok/ }).getAttribute('href')).toBe('https://www.tiktok.com/');
    expect(screen.getByRole('link', { name: /Open Seller Center/ }).getAttribute('href')).toMatch(/^https:\/\/affiliate\.tiktok\.com\//);
    expect(screen.getByRole('link', { name: /Open the dashboard/ }).getAttribute('href')).toBe('/dashboard.html');
    expect(screen.getByText('Alt+Shift+S').tagName).toBe('KBD');
    expect(document.querySelector('[data-scout="welcome-shortcut"]')?.textContent).toBe('Shortcut: press Alt+Shift+S on a TikTok page to open the panel.');
    // Every step shows it was saved.
    expect([...document.querySelectorAll('[data-step]')].map((b) => b.textContent)).toEqual(['1Your namesaved', '2Brand keywordssaved', '3Target tierssaved', '4Team syncsaved'].map((s) => s.slice(1)));
  });

  it('skips every step without writing anything, and "work alone" leaves sync off', async () => {
    renderWelcome();
    await screen.findByRole('heading', { name: 'What should teammates call you?' });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Typed but skipped' } });
    skip();
    await screen.findByRole('heading', { name: 'What does your brand sell?' });
    skip();
    await screen.findByRole('heading', { name: 'Which creators do you recruit?' });
    skip();
    await screen.findByRole('heading', { name: 'Do you work with a team?' });
    fireEvent.click(screen.getByRole('button', { name: 'Work alone for now' }));
    await screen.findByRole('heading', { name: "You're all set" });
    expect(await db.settings.toArray()).toEqual([]);
    expect(screen.getAllByText('skipped')).toHaveLength(4);
  });

  it('goes back to a step with its saved value, and the progress steps are buttons', async () => {
    await settingsRepo.put(db, ME_KEY, 'Sam');
    renderWelcome();
    expect(await screen.findByDisplayValue('Sam')).toBeTruthy();
    next();
    await screen.findByRole('heading', { name: 'What does your brand sell?' });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByDisplayValue('Sam')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Team sync/ }));
    expect(await screen.findByRole('heading', { name: 'Do you work with a team?' })).toBeTruthy();
    expect(screen.getByText('Step 4 of 4')).toBeTruthy();
  });

  it('names the field in every error and keeps the person on the step', async () => {
    const asked: string[] = [];
    renderWelcome({ requestOrigin: async (p) => (asked.push(p), true) });
    await screen.findByRole('heading', { name: 'What should teammates call you?' });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'x'.repeat(81) } });
    next();
    expect((await screen.findByRole('alert')).textContent).toBe('Your name: use at most 80 characters.');
    expect(screen.getByLabelText('Your name')).toBe(document.activeElement);
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBe('true');
    expect(await db.settings.get(ME_KEY)).toBeUndefined();
    skip();

    await screen.findByRole('heading', { name: 'What does your brand sell?' });
    fireEvent.change(screen.getByLabelText('Brand keywords'), { target: { value: Array.from({ length: 101 }, (_, i) => `k${i}`).join(',') } });
    next();
    expect((await screen.findByRole('alert')).textContent).toBe('Brand keywords: you entered 101; use at most 100.');
    skip();

    await screen.findByRole('heading', { name: 'Which creators do you recruit?' });
    for (const name of [/Micro/, /Mid/]) fireEvent.click(screen.getByRole('checkbox', { name }));
    next();
    expect((await screen.findByRole('alert')).textContent).toBe('Target tiers: choose at least one tier, or skip this step.');
    expect(await db.settings.get(SCORE_SETTINGS_KEY)).toBeUndefined();
    skip();

    await screen.findByRole('heading', { name: 'Do you work with a team?' });
    const connect = () => fireEvent.click(screen.getByRole('button', { name: 'Connect and test' }));
    connect();
    expect((await screen.findByRole('alert')).textContent).toBe('Server address: this is required to connect.');
    fireEvent.change(screen.getByLabelText('Server address'), { target: { value: 'http://192.168.1.5:8787' } });
    connect();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Server address: use https:// for 192.168.1.5; plain http:// is only for a server on this computer.'));
    fireEvent.change(screen.getByLabelText('Server address'), { target: { value: 'https://scout.example.com' } });
    fireEvent.change(screen.getByLabelText('Team token'), { target: { value: 'nope' } });
    connect();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Team token: that is not a Creator Scout team token (it starts with cs_).'));
    expect(screen.getByLabelText('Team token')).toBe(document.activeElement);
    expect(asked).toEqual([]);
    expect(await db.settings.get(CONFIG_KEY)).toBeUndefined();
  });

  it('says when the browser refuses the server, and when the first sync fails after saving', async () => {
    let grant = false;
    renderWelcome({ requestOrigin: async () => grant, syncNow: async () => ({ lastError: 'HTTP 401: unknown token' }) });
    await screen.findByRole('heading', { name: 'What should teammates call you?' });
    skip();
    await screen.findByRole('heading', { name: 'What does your brand sell?' });
    skip();
    await screen.findByRole('heading', { name: 'Which creators do you recruit?' });
    skip();
    await screen.findByRole('heading', { name: 'Do you work with a team?' });
    fireEvent.change(screen.getByLabelText('Server address'), { target: { value: 'http://localhost:8787' } });
    fireEvent.change(screen.getByLabelText('Team token'), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect and test' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Server address: Creator Scout needs your permission.*Nothing was saved/));
    expect(await db.settings.get(CONFIG_KEY)).toBeUndefined();
    grant = true;
    fireEvent.click(screen.getByRole('button', { name: 'Connect and test' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved, but the first sync failed: HTTP 401: unknown token'));
    expect((await db.settings.get(CONFIG_KEY))?.value).toEqual({ url: 'http://localhost:8787', token: TOKEN });
    expect(screen.getByText('Connected to http://localhost:8787.')).toBeTruthy();
  });

  it('reads in the browser language: German text and German number notation', async () => {
    setMessages(await messagesFor('de'));
    try {
      renderWelcome();
      expect(await screen.findByRole('heading', { name: 'Wie sollen dich deine Teammitglieder nennen?' })).toBeTruthy();
      expect(screen.getByText('Schritt 1 von 4')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Überspringen' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Überspringen' }));
      await screen.findByRole('heading', { name: 'Welche Creator rekrutierst du?' });
      expect(screen.getByRole('checkbox', { name: /Nano.*Unter 10\.000 Follower/ })).toBeTruthy();
      expect(screen.getByRole('checkbox', { name: /Mega.*1\sMio\. Follower oder mehr/ })).toBeTruthy();
      for (const name of [/Mikro/, /Mittel/]) fireEvent.click(screen.getByRole('checkbox', { name }));
      fireEvent.click(screen.getByRole('button', { name: /Speichern und weiter/ }));
      expect((await screen.findByRole('alert')).textContent).toBe('Ziel-Stufen: Wähle mindestens eine Stufe aus oder überspringe diesen Schritt.');
    } finally {
      setMessages(await messagesFor('en'));
    }
  });
});
