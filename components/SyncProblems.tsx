import { useState } from 'react';
import type { ScoutDB } from '../storage/db';
import type { RejectedEntry } from '../lib/model/mutation';
import { syncRejectedRepo } from '../storage/sync-rejected';
import { getSyncStatus } from '../storage/sync-engine';
import { t, tn } from '../lib/i18n/t';
import { useLiveQuery } from './useLiveQuery';
import { Icon } from './Icon';
import { ui } from './ui';

/** What kind of record a change was for, in the reader's words. */
const tableLabel = (table: RejectedEntry['table']) => t(`options.problems.table.${table}`);

/**
 * The "could not sync" list: each change the server refused (or no push could carry), with the reason
 * and what to do: edit its text fields and retry, retry as it is (after fixing the clock, say), or
 * discard it (this computer then takes the team's version back). `onChanged` runs after an action,
 * so the caller can sync right away. Reasons are the server's or the sync check's own words (data,
 * shown inside a translated sentence).
 */
export function SyncProblems({ db, compact = false, onChanged }: { db: ScoutDB; compact?: boolean; onChanged?: () => void }) {
  const rejected = useLiveQuery(() => syncRejectedRepo.list(db), [db], []);
  const refused = useLiveQuery(async () => (await getSyncStatus(db)).refused ?? [], [db], []);
  if (!rejected.length && !refused.length)
    return compact ? null : (
      <p className={`${ui.body} flex items-center gap-1.5`} data-scout="sync-problems">
        <Icon name="check" className={ui.success} />
        {t('options.problems.none')}
      </p>
    );
  return (
    <section data-scout="sync-problems" aria-label={t('options.problems.label')} className={`space-y-2 ${compact ? 'text-xs' : 'text-sm'}`}>
      {rejected.length > 0 && (
        <>
          <h3 className={`${ui.subTitle} flex items-center gap-1.5 text-rose-800`}>
            <Icon name="warning" />
            {tn('options.problems.title', rejected.length)}
          </h3>
          {!compact && <p className={ui.hint}>{t('options.problems.hint')}</p>}
        </>
      )}
      <ul className="space-y-2">
        {rejected.map((r) => (
          <Problem key={r.seq} db={db} entry={r} compact={compact} onChanged={onChanged} />
        ))}
      </ul>
      {refused.length > 0 && (
        <details>
          <summary className="cursor-pointer">{tn('options.problems.refused', refused.length)}</summary>
          <ul className={`list-disc pl-5 ${ui.meta}`}>
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
    if (problem) return setError(t('options.problems.stillRefused', { problem }));
    onChanged?.();
  };
  const discard = async () => {
    await syncRejectedRepo.discard(db, entry.seq!);
    onChanged?.();
  };
  return (
    <li data-scout="sync-problem" data-table={entry.table} data-key={entry.key} className="space-y-1 rounded-md border border-rose-200 bg-rose-50 p-2">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium text-slate-900">{tableLabel(entry.table)}</span>
        <code className="break-all text-slate-700">{entry.key.slice(0, 60)}</code>
        {entry.op === 'delete' && <span className={ui.meta}>{t('options.problems.deletion')}</span>}
      </p>
      <p className={`text-rose-800 ${compact ? 'line-clamp-2' : ''}`}>{t('options.problems.reason', { reason: entry.reason })}</p>
      {editing && (
        <div className="space-y-1">
          {textFields.map(([f]) => (
            <label key={f} className={`block ${ui.meta}`}>
              {tn('options.problems.fieldLength', (editing[f] ?? '').length, { field: f })}
              <textarea className={`${ui.input} h-16`} value={editing[f] ?? ''} onChange={(e) => setEditing({ ...editing, [f]: e.target.value })} />
            </label>
          ))}
        </div>
      )}
      {error && <p role="alert" className="text-rose-800">{error}</p>}
      <div className={ui.row}>
        {entry.op === 'put' && textFields.length > 0 && !editing && (
          <button type="button" className={ui.buttonSmall} onClick={() => setEditing(Object.fromEntries(textFields))}>{t('options.problems.edit')}</button>
        )}
        <button type="button" className={ui.buttonSmall} onClick={() => void retry()}>{editing ? t('options.problems.saveRetry') : t('options.problems.retry')}</button>
        <button type="button" className={ui.buttonSmall} onClick={() => void discard()}>{t('options.problems.discard')}</button>
      </div>
    </li>
  );
}
