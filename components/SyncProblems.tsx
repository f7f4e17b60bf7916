import { useState } from 'react';
import type { ScoutDB } from '../storage/db';
import type { RejectedEntry } from '../lib/model/mutation';
import { syncRejectedRepo } from '../storage/sync-rejected';
import { getSyncStatus } from '../storage/sync-engine';
import { useLiveQuery } from './useLiveQuery';

const TABLE_LABEL: Record<RejectedEntry['table'], string> = {
  creators: 'Creator',
  pipeline: 'Pipeline entry',
  outreach: 'Outreach',
  lists: 'Shortlist',
  listMembers: 'Shortlist member',
  templates: 'Template',
  samples: 'Sample',
  campaigns: 'Campaign',
  products: 'Product',
  performance: 'Performance row',
  stageChanges: 'Stage change',
  teamSettings: 'Team setting',
};

/**
 * The "could not sync" list: each change the server refused (or no push could carry), with the reason
 * and what to do: edit its text fields and retry, retry as it is (after fixing the clock, say), or
 * discard it (this computer then takes the team's version back). `onChanged` runs after an action,
 * so the caller can sync right away.
 */
export function SyncProblems({ db, compact = false, onChanged }: { db: ScoutDB; compact?: boolean; onChanged?: () => void }) {
  const rejected = useLiveQuery(() => syncRejectedRepo.list(db), [db], []);
  const refused = useLiveQuery(async () => (await getSyncStatus(db)).refused ?? [], [db], []);
  if (!rejected.length && !refused.length) return compact ? null : <p className="text-sm text-slate-600" data-scout="sync-problems">Every change reached the team.</p>;
  return (
    <section data-scout="sync-problems" aria-label="Could not sync" className="space-y-1 text-sm">
      {rejected.length > 0 && <h3 className="font-semibold text-rose-800">Could not sync ({rejected.length})</h3>}
      <ul className="space-y-1">
        {rejected.map((r) => (
          <Problem key={r.seq} db={db} entry={r} compact={compact} onChanged={onChanged} />
        ))}
      </ul>
      {refused.length > 0 && (
        <details>
          <summary>Changes from the team this computer refused ({refused.length})</summary>
          <ul className="list-disc pl-5 text-xs">
            {refused.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Problem({ db, entry, compact, onChanged }: { db: ScoutDB; entry: RejectedEntry; compact: boolean; onChanged?: () => void }) {
  const [editing, setEditing] = useState<Record<string, string> | undefined>();
  const [error, setError] = useState('');
  const textFields = Object.entries(entry.fields).filter((e): e is [string, string] => typeof e[1] === 'string');
  const retry = async () => {
    const problem = await syncRejectedRepo.retry(db, entry.seq!, editing ?? {}, new Date());
    if (problem) return setError(problem);
    onChanged?.();
  };
  const discard = async () => {
    await syncRejectedRepo.discard(db, entry.seq!);
    onChanged?.();
  };
  return (
    <li data-scout="sync-problem" data-table={entry.table} data-key={entry.key} className="rounded border border-rose-200 bg-rose-50 p-2">
      <p>
        <span className="font-medium">{TABLE_LABEL[entry.table]}</span> <code className="break-all">{entry.key.slice(0, 60)}</code>
        {entry.op === 'delete' ? ' (delete)' : ''}
      </p>
      <p className={`text-rose-800 ${compact ? 'line-clamp-2' : ''}`}>{entry.reason}</p>
      {editing && (
        <div className="mt-1 space-y-1">
          {textFields.map(([f]) => (
            <label key={f} className="block text-xs">
              {f} ({(editing[f] ?? '').length.toLocaleString('en')} characters)
              <textarea className="mt-0.5 block h-16 w-full rounded border px-1" value={editing[f] ?? ''} onChange={(e) => setEditing({ ...editing, [f]: e.target.value })} />
            </label>
          ))}
        </div>
      )}
      {error && <p role="alert" className="text-rose-800">{error}</p>}
      <div className="mt-1 flex gap-2 text-xs">
        {entry.op === 'put' && textFields.length > 0 && !editing && (
          <button type="button" className="underline" onClick={() => setEditing(Object.fromEntries(textFields))}>Edit</button>
        )}
        <button type="button" className="rounded bg-sky-700 px-2 py-0.5 text-white" onClick={retry}>{editing ? 'Save and retry' : 'Retry'}</button>
        <button type="button" className="rounded border px-2 py-0.5" onClick={discard}>Discard</button>
      </div>
    </li>
  );
}
