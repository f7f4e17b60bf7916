import { useState } from 'react';
import { TEXT_LIMITS } from '../lib/sync/limits';
import type { ScoutDB } from '../storage/db';
import { templatesRepo } from '../storage/templates';
import type { Template } from '../lib/model/collections';
import { fillTemplate, TEMPLATE_VARIABLES } from '../lib/templates/fill';
import { useLiveQuery } from './useLiveQuery';

const SAMPLE = { handle: '@glowwithmara', nickname: 'Mara', product: 'Hydrating Serum', commission: '15%', me: 'Alex', followers: '184K' };
const EMPTY = { name: '', body: '' };

/**
 * Message templates with variables and a live preview (filled with `previewVars` over a sample creator);
 * a deleted template can be brought back.
 */
export function TemplatesEditor({ db, compact = false, previewVars }: { db: ScoutDB; compact?: boolean; previewVars?: Partial<Record<string, string>> }) {
  const templates = useLiveQuery(() => templatesRepo.all(db), [db], []);
  const [editing, setEditing] = useState<{ id?: string; name: string; body: string }>(EMPTY);
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState<Template | undefined>();
  const save = async () => {
    if (!editing.name.trim() || !editing.body.trim()) return setError('A template needs a name and a message');
    if (editing.body.length > TEXT_LIMITS.templateBody) return setError(`A message holds at most ${TEXT_LIMITS.templateBody.toLocaleString('en')} characters (this one has ${editing.body.length.toLocaleString('en')}): team sync refuses longer ones`);
    await templatesRepo.save(db, { id: editing.id, name: editing.name.trim(), body: editing.body }, new Date());
    setEditing(EMPTY);
    setError('');
  };
  const remove = async (id: string) => {
    setDeleted(await templatesRepo.remove(db, id, new Date()));
    if (editing.id === id) setEditing(EMPTY);
  };
  const text = compact ? 'text-xs' : 'text-sm';
  return (
    <fieldset data-scout="templates" className={`space-y-2 rounded border border-slate-200 p-3 ${text}`}>
      <legend className="font-semibold">Message templates</legend>
      <ul>
        {templates.map((t) => (
          <li key={t.id} className="flex justify-between gap-2">
            <button type="button" className="truncate underline" aria-current={editing.id === t.id} onClick={() => setEditing({ id: t.id, name: t.name, body: t.body })}>{t.name}</button>
            <button type="button" className="text-rose-700" aria-label={`Delete template ${t.name}`} onClick={() => void remove(t.id)}>Delete</button>
          </li>
        ))}
        {!templates.length && <li className="text-slate-500">No templates yet.</li>}
      </ul>
      {deleted && (
        <p role="status">
          Deleted "{deleted.name}".{' '}
          <button type="button" data-scout="undo" className="underline" onClick={async () => { await templatesRepo.restore(db, deleted, new Date()); setDeleted(undefined); }}>Undo</button>
        </p>
      )}
      <input aria-label="Template name" className="block w-full rounded border px-2 py-1" placeholder="Name" value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
      <textarea aria-label="Template message" className={`block w-full rounded border px-2 py-1 ${compact ? 'h-20' : 'h-24'}`} value={editing.body}
        placeholder={`Hi {{nickname}}! …  Variables: ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(' ')}`}
        onChange={(e) => setEditing({ ...editing, body: e.target.value })} />
      <p role="note" className="rounded bg-slate-50 p-2 whitespace-pre-wrap" aria-label="Preview">{fillTemplate(editing.body, { ...SAMPLE, ...previewVars })}</p>
      <div className="flex gap-2">
        <button type="button" className="rounded bg-sky-700 px-3 py-1 text-white" onClick={save}>{editing.id ? 'Update template' : 'Add template'}</button>
        {editing.id && <button type="button" className="rounded border px-3 py-1" onClick={() => setEditing(EMPTY)}>New template</button>}
      </div>
      {error && <p role="alert" className="text-rose-700">{error}</p>}
    </fieldset>
  );
}
