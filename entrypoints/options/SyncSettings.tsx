import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { CONFIG_KEY, getSyncConfig, getSyncStatus, STATUS_KEY, SyncConfig } from '../../storage/sync-engine';
import { outboxRepo } from '../../storage/outbox';
import { SyncProblems } from '../../components/SyncProblems';
import { useLiveQuery } from '../../components/useLiveQuery';
import { ask } from '../../lib/messaging/runtime';
import { shortDate } from '../../lib/format';

const originPattern = (url: string) => `${new URL(url).origin}/*`;
const requestHostPermission = (pattern: string) => browser.permissions.request({ origins: [pattern] });
const FIELD_LABEL: Record<string, string> = { url: 'Server URL', token: 'Team token' };

/** Team sync: server URL and token (the origin is requested as a host permission now), status, sync now, disconnect. */
export function SyncSettings({ db, requestOrigin = requestHostPermission }: { db: ScoutDB; requestOrigin?: (pattern: string) => Promise<boolean> }) {
  const config = useLiveQuery(() => getSyncConfig(db), [db], undefined);
  const status = useLiveQuery(() => getSyncStatus(db), [db], { failures: 0 });
  const pending = useLiveQuery(() => outboxRepo.count(db), [db], 0);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [message, setMessage] = useState('');

  const connect = async () => {
    const parsed = SyncConfig.safeParse({ url: url.trim(), token: token.trim() });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setMessage(`${FIELD_LABEL[String(issue.path[0])] ?? 'Sync settings'}: ${issue.message}`);
    }
    // Must run in the click's user gesture: the browser shows its own prompt for this one origin. The
    // browser refuses outright (throws) for an origin the manifest cannot grant or outside a gesture.
    let granted: boolean;
    try {
      granted = await requestOrigin(originPattern(parsed.data.url));
    } catch (err) {
      return setMessage(`Server URL: the browser refused permission to reach ${new URL(parsed.data.url).origin} (${err instanceof Error ? err.message : String(err)}). Use https://, or http://127.0.0.1 or http://localhost for a server on this computer.`);
    }
    if (!granted) return setMessage('Server URL: Creator Scout needs your permission to reach that server; nothing was saved.');
    await settingsRepo.put(db, CONFIG_KEY, parsed.data);
    await settingsRepo.put(db, STATUS_KEY, { failures: 0 });
    try {
      const r = await ask('sync.now', {});
      setMessage(r.lastError ? `Saved, but the first sync failed: ${r.lastError}` : 'Connected and synced.');
    } catch (err) {
      setMessage(`Saved, but the first sync could not start: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const disconnect = async () => {
    if (!config) return;
    await settingsRepo.put(db, CONFIG_KEY, undefined);
    await browser.permissions.remove({ origins: [originPattern(config.url)] }).catch(() => false);
    setMessage('Disconnected. Changes stay on this computer and are kept for the next connection.');
  };

  return (
    <fieldset data-scout="sync-settings" className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="font-semibold">Team sync</legend>
      {config ? (
        <>
          <p className="text-sm">
            Connected to <code>{config.url}</code>
          </p>
          <dl className="grid grid-cols-2 text-sm">
            <dt>Last sync</dt>
            <dd data-scout="sync-last">{status.lastSyncAt ? `${shortDate(status.lastSyncAt)} ${status.lastSyncAt.slice(11, 16)}` : 'never'}</dd>
            <dt>Waiting to send</dt>
            <dd data-scout="sync-pending">{pending}</dd>
            <dt>Last error</dt>
            <dd className="text-rose-700">{status.lastError ?? 'none'}{status.nextRetryAt ? ` (retry ${status.nextRetryAt.slice(11, 16)})` : ''}</dd>
          </dl>
          <button type="button" className="rounded bg-sky-700 px-3 py-1 text-sm text-white" onClick={() => ask('sync.now', {}).then((r) => setMessage(r.lastError ? `Sync failed: ${r.lastError}` : 'Synced.'), (err: Error) => setMessage(`Sync failed: ${err.message}`))}>
            Sync now
          </button>{' '}
          <button type="button" className="rounded border px-3 py-1 text-sm" onClick={disconnect}>Disconnect</button>
          <SyncProblems db={db} onChanged={() => void ask('sync.now', {}).catch(() => {})} />
        </>
      ) : (
        <>
          <label className="block text-sm">
            Server URL
            <input className="mt-1 block w-full rounded border px-2 py-1" placeholder="http://127.0.0.1:8787" value={url} onChange={(e) => setUrl(e.target.value)} />
          </label>
          <label className="block text-sm">
            Team token
            <input className="mt-1 block w-full rounded border px-2 py-1" placeholder="cs_…" value={token} onChange={(e) => setToken(e.target.value)} />
          </label>
          <button type="button" className="rounded bg-sky-700 px-3 py-1 text-sm text-white" onClick={connect}>Connect</button>
        </>
      )}
      {message && <p role="status" className="text-sm">{message}</p>}
    </fieldset>
  );
}
