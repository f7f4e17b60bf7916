import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { templatesRepo } from '../../storage/templates';
import { useLiveQuery } from '../../components/useLiveQuery';
import { fillTemplate, TEMPLATE_VARIABLES } from '../../lib/templates/fill';

const SAMPLE = { handle: '@glowwithmara', nickname: 'Mara', product: 'Hydrating Serum', commission: '15%', me: 'Alex', followers: '184K' };

/** Message templates with variables and a live preview. */
export function TemplatesEditor({ db }: { db: ScoutDB }) {
  const templates = useLiveQuery(() => templatesRepo.all(db), [db], []);
  const [editing, setEditing] = useState<{ id?: string; name: string; body: string }>({ name: '', body: '' });
  const [error, setError] = useState('');
  const save = async () => {
    if (!editing.name.trim() || !editing.body.trim()) return setError('A template needs a name and a message');
    await templatesRepo.save(db, { id: editing.id, name: editing.name.trim(), body: editing.body }, new Date());
    setEditing({ name: '', body: '' });
    setError('');
  };
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="font-semibold">Message templates</legend>
      <ul className="text-sm">
        {templates.map((t) => (
          <li key={t.id} className="flex justify-between">
            <button type="button" className="underline" onClick={() => setEditing({ id: t.id, name: t.name, body: t.body })}>{t.name}</button>
            <button type="button" className="text-rose-700" onClick={() => templatesRepo.remove(db, t.id, new Date())}>Delete</button>
          </li>
        ))}
      </ul>
      <input aria-label="Template name" className="block w-full rounded border px-2 py-1 text-sm" placeholder="Name" value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
      <textarea aria-label="Template message" className="block h-24 w-full rounded border px-2 py-1 text-sm" value={editing.body}
        placeholder={`Hi {{nickname}}! …  Variables: ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(' ')}`}
        onChange={(e) => setEditing({ ...editing, body: e.target.value })} />
      <p className="rounded bg-slate-50 p-2 text-sm whitespace-pre-wrap" aria-label="Preview">{fillTemplate(editing.body, SAMPLE)}</p>
      <button type="button" className="rounded bg-sky-700 px-3 py-1 text-sm text-white" onClick={save}>{editing.id ? 'Update template' : 'Add template'}</button>
      {error && <p role="alert" className="text-sm text-rose-700">{error}</p>}
    </fieldset>
  );
}
