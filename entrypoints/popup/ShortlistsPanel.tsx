import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { listsRepo } from '../../storage/lists';
import { useLiveQuery } from '../../components/useLiveQuery';
import type { List, ListMember } from '../../lib/model/collections';
import { usePopupStore } from './store';
import { t } from '../../lib/i18n/t';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';

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
  const field = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-900';
  return (
    <section data-scout="shortlists" className="space-y-2 p-3 text-xs">
      <form className="flex gap-1" onSubmit={async (e) => { e.preventDefault(); if (name.trim()) { await listsRepo.create(db, name, new Date()); setName(''); } }}>
        <input aria-label={t('popup.shortlists.newName')} placeholder={t('popup.shortlists.newHint')} className={`${field} flex-1`} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="inline-flex items-center gap-1 rounded-md bg-sky-700 px-2 py-0.5 text-xs font-medium text-white hover:bg-sky-800">
          <Icon name="add" size={14} />
          {t('popup.shortlists.create')}
        </button>
      </form>
      {removed && (
        <p role="status">
          {t('popup.shortlists.deleted', { name: removed.list.name })}{' '}
          <button type="button" data-scout="undo" className="font-medium underline underline-offset-2" onClick={async () => { await listsRepo.restore(db, removed, new Date()); setRemoved(undefined); }}>{t('popup.shortlists.undo')}</button>
        </p>
      )}
      <ul className="divide-y divide-slate-100">
        {lists.map((l) => (
          <li key={l.id} data-scout="shortlist" data-list-id={l.id} className="flex items-center gap-2 py-1">
            {renaming?.id === l.id ? (
              <form className="flex flex-1 gap-1" onSubmit={async (e) => { e.preventDefault(); await listsRepo.rename(db, l.id, renaming.name, new Date()); setRenaming(undefined); }}>
                <input aria-label={t('popup.shortlists.name')} className={`${field} flex-1`} value={renaming.name} onChange={(e) => setRenaming({ id: l.id, name: e.target.value })} />
                <button type="submit" className={field}>{t('popup.shortlists.save')}</button>
              </form>
            ) : (
              <button type="button" className="flex-1 text-left font-medium text-sky-800 underline underline-offset-2" onClick={() => setFilter({ listId: l.id })} title={t('popup.shortlists.show')}>
                {t('popup.shortlists.entry', { name: l.name, count: l.count })}
              </button>
            )}
            <button type="button" className={field} aria-label={t('popup.shortlists.renameOne', { name: l.name })} onClick={() => setRenaming({ id: l.id, name: l.name })}>{t('popup.shortlists.rename')}</button>
            <button type="button" className={`${field} text-rose-700`} aria-label={t('popup.shortlists.deleteOne', { name: l.name })} onClick={async () => setRemoved(await listsRepo.remove(db, l.id, new Date()))}>{t('popup.shortlists.delete')}</button>
          </li>
        ))}
      </ul>
      {!lists.length && <EmptyState compact icon="list" title={t('popup.shortlists.empty.title')} hint={t('popup.shortlists.empty.hint')} />}
    </section>
  );
}
