import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { exportEverything, restoreEverything, wipeEverything } from '../../storage/backup';
import { download } from '../../components/download';
import { ask } from '../../lib/messaging/runtime';

// The badge and the morning reminder count follow-ups: recount after the data changed wholesale.
const recount = () => void ask('reminders.refresh', {}).catch(() => {});

/** Everything as one JSON file (without the team token), a restore from it, and a wipe that asks twice. */
export function DataTools({ db }: { db: ScoutDB }) {
  const [armed, setArmed] = useState(false);
  const [pending, setPending] = useState<{ name: string; data: unknown } | undefined>();
  const [message, setMessage] = useState('');
  const save = async () => {
    const json = JSON.stringify(await exportEverything(db), null, 1);
    download(`creator-scout-backup-${new Date().toISOString().slice(0, 10)}.json`, json, 'application/json');
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      setPending({ name: file.name, data: JSON.parse(await file.text()) });
      setMessage('');
    } catch {
      setMessage(`Backup file: ${file.name} is not JSON. Choose a file saved with "Export everything".`);
    }
  };
  const restore = async () => {
    if (!pending) return;
    try {
      const { rows } = await restoreEverything(db, pending.data);
      setMessage(`Restored ${rows} rows from ${pending.name}. Team sync keeps this computer's connection.`);
      recount();
    } catch (err) {
      setMessage(`Backup file: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.`);
    }
    setPending(undefined);
  };
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3 text-sm">
      <legend className="font-semibold">Your data</legend>
      <button type="button" data-scout="export-json" className="rounded border px-3 py-1" onClick={save}>Export everything (JSON)</button>{' '}
      <span className="text-xs text-slate-500">The file holds everything except your team token.</span>
      <label className="block">
        Restore from a backup{' '}
        <input type="file" accept="application/json,.json" data-scout="restore-file" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {pending && (
        <span role="alert">
          This replaces every creator, outreach log and setting on this computer with {pending.name}.{' '}
          <button type="button" data-scout="restore-confirm" className="rounded bg-rose-700 px-3 py-1 text-white" onClick={restore}>Replace with the backup</button>{' '}
          <button type="button" className="rounded border px-3 py-1" onClick={() => setPending(undefined)}>Cancel</button>
        </span>
      )}
      {!armed ? (
        <button type="button" data-scout="wipe" className="rounded border border-rose-300 px-3 py-1 text-rose-700" onClick={() => setArmed(true)}>Wipe all data…</button>
      ) : (
        <span role="alert">
          This deletes every creator, outreach log and setting on this computer (the team server keeps its copy).{' '}
          <button type="button" data-scout="wipe-confirm" className="rounded bg-rose-700 px-3 py-1 text-white" onClick={async () => { await wipeEverything(db); setArmed(false); setMessage('All local data deleted.'); recount(); }}>Yes, delete everything</button>{' '}
          <button type="button" className="rounded border px-3 py-1" onClick={() => setArmed(false)}>Cancel</button>
        </span>
      )}
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
