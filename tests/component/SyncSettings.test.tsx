import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { SyncSettings } from '../../entrypoints/options/SyncSettings';
import { CONFIG_KEY } from '../../storage/sync-engine';

const TOKEN = `cs_${'a'.repeat(16)}_${'B'.repeat(43)}`;
let db: ScoutDB;
beforeEach(() => {
  db = new ScoutDB(`sync-settings-${Math.random()}`);
});
afterEach(() => db.delete());

function connect(url: string, token = TOKEN) {
  fireEvent.change(screen.getByPlaceholderText('http://127.0.0.1:8787'), { target: { value: url } });
  fireEvent.change(screen.getByPlaceholderText('cs_…'), { target: { value: token } });
  fireEvent.click(screen.getByText('Connect'));
}

describe('Options → Team sync', () => {
  it('refuses http:// for a host other than this computer, naming the field, before asking for any permission', async () => {
    const asked: string[] = [];
    render(<SyncSettings db={db} requestOrigin={async (p) => (asked.push(p), true)} />);
    connect('http://192.168.1.5:8787');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Server URL: http:\/\/ is allowed only for this computer.*192\.168\.1\.5/));
    expect(asked).toEqual([]);
    expect(await db.settings.get(CONFIG_KEY)).toBeUndefined();
    connect('https://scout.example.com', 'nope');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Team token: /));
  });

  it('shows the browser refusing the permission, saves nothing and leaves no unhandled rejection', async () => {
    // What Chrome throws for an origin outside optional_host_permissions (the original failure).
    const refuse = async () => {
      throw new Error('Only permissions specified in the manifest may be requested.');
    };
    render(<SyncSettings db={db} requestOrigin={refuse} />);
    connect('http://127.0.0.2:8787');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Server URL: the browser refused permission to reach http:\/\/127\.0\.0\.2:8787 \(Only permissions specified/));
    expect(await db.settings.get(CONFIG_KEY)).toBeUndefined();
  });

  it('says so when the permission is denied, and saves nothing', async () => {
    render(<SyncSettings db={db} requestOrigin={async () => false} />);
    connect('https://scout.example.com');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/needs your permission.*nothing was saved/));
    expect(await db.settings.get(CONFIG_KEY)).toBeUndefined();
  });

  it('saves a loopback http server once the permission is granted', async () => {
    const asked: string[] = [];
    render(<SyncSettings db={db} requestOrigin={async (p) => (asked.push(p), true)} />);
    connect('http://localhost:8787');
    await waitFor(async () => expect((await db.settings.get(CONFIG_KEY))?.value).toEqual({ url: 'http://localhost:8787', token: TOKEN }));
    expect(asked).toEqual(['http://localhost:8787/*']);
    // No background in this test: the first sync's failure is reported, not thrown.
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Saved, but the first sync could not start/));
  });
});
