import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { listsRepo } from '../../storage/lists';
import { useLiveQuery } from '../../components/useLiveQuery';
import type { List, ListMember } from '../../lib/model/collections';
import { usePopupStore } from './store';

/** Shortlists: create, rename, delete with undo; choosing one filters the pipeline to it. */
export function ShortlistsPanel({ db }: { db: ScoutDB }) {
  const lists = useLiveQuery(async () => {
    const all = await listsRepo.all(db);
    const counts = await Promise.all(all.map((l) => db.listMembers.where('listId').equals(l.id).count()));
    return all.map((l, i) => ({ ...l, count: counts[i]! }));
  }, [db], []);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | undefined>();
  const [removed, setRemoved] = useState<{ list: List; members: ListMember[] } | undefined>();
  const setFilter = usePopupStore((s) => s.setFilter);
  const field = 'rounded border border-slate-300 px-1 py-0.5 text-xs';
  return (
    <section data-scout="shortlists" className="space-y-2 p-3 text-xs">
      <form className="flex gap-1" onSubmit={async (e) => { e.preventDefault(); if (name.trim()) { await listsRepo.create(db, name, new Date()); setName(''); } }}>
        <input aria-label="New shortlist name" placeholder="New shortlist" className={`${field} flex-1`} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="rounded bg-sky-700 px-2 text-white">Create</button>
      </form>
      {removed && (
        <p role="status">
          Deleted "{removed.list.name}".{' '}
          <button type="button" data-scout="undo" className="underline" onClick={async () => { await listsRepo.restore(db, removed, new Date()); setRemoved(undefined); }}>Undo</button>
        </p>
      )}
      <ul className="divide-y divide-slate-100">
        {lists.map((l) => (
          <li key={l.id} data-scout="shortlist" data-list-id={l.id} className="flex items-center gap-2 py-1">
            {renaming?.id === l.id ? (
              <form className="flex flex-1 gap-1" onSubmit={async (e) => { e.preventDefault(); await listsRepo.rename(db, l.id, renaming.name, new Date()); setRenaming(undefined); }}>
                <input aria-label="Shortlist name" className={`${field} flex-1`} value={renaming.name} onChange={(e) => setRenaming({ id: l.id, name: e.target.value })} />
                <button type="submit" className={field}>Save</button>
              </form>
            ) : (
              <button type="button" className="flex-1 text-left font-medium underline" onClick={() => setFilter({ listId: l.id })} title="Show in the pipeline tab">
                {l.name} ({l.count})
              </button>
            )}
            <button type="button" className={field} onClick={() => setRenaming({ id: l.id, name: l.name })}>Rename</button>
            <button type="button" className={`${field} text-rose-700`} onClick={async () => setRemoved(await listsRepo.remove(db, l.id, new Date()))}>Delete</button>
          </li>
        ))}
      </ul>
      {!lists.length && <p className="text-slate-500">No shortlists yet.</p>}
    </section>
  );
}
