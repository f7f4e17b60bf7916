import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { exportEverything, wipeEverything } from '../../storage/backup';
import { download } from '../../components/download';

/** Everything as one JSON file, and a wipe that asks twice. */
export function DataTools({ db }: { db: ScoutDB }) {
  const [armed, setArmed] = useState(false);
  const [message, setMessage] = useState('');
  const save = async () => {
    const json = JSON.stringify(await exportEverything(db), null, 1);
    download(`creator-scout-backup-${new Date().toISOString().slice(0, 10)}.json`, json, 'application/json');
  };
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3 text-sm">
      <legend className="font-semibold">Your data</legend>
      <button type="button" data-scout="export-json" className="rounded border px-3 py-1" onClick={save}>Export everything (JSON)</button>{' '}
      {!armed ? (
        <button type="button" data-scout="wipe" className="rounded border border-rose-300 px-3 py-1 text-rose-700" onClick={() => setArmed(true)}>Wipe all data…</button>
      ) : (
        <span role="alert">
          This deletes every creator, outreach log and setting on this computer (the team server keeps its copy).{' '}
          <button type="button" data-scout="wipe-confirm" className="rounded bg-rose-700 px-3 py-1 text-white" onClick={async () => { await wipeEverything(db); setArmed(false); setMessage('All local data deleted.'); }}>Yes, delete everything</button>{' '}
          <button type="button" className="rounded border px-3 py-1" onClick={() => setArmed(false)}>Cancel</button>
        </span>
      )}
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
