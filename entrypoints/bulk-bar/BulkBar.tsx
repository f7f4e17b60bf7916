import { useEffect, useState } from 'react';
import type { List } from '../../lib/model/collections';
import type { Ask } from '../../lib/messaging/client';
import { BATCH_MAX, type CreatorState } from '../../lib/messaging/protocol';
import type { ListPageState } from '../../lib/messaging/protocol-frames';
import { ListPicker } from '../../components/ListPicker';
import { InvitationHelper } from '../../components/InvitationHelper';
import { t, tn } from '../../lib/i18n/t';
import { Icon } from '../../components/Icon';

export interface BulkBarProps {
  /** The creators chipped on screen and the on-screen selection, from this frame's tab. */
  list: ListPageState;
  ask: Ask;
  /** After creators were added: the content script marks their chips as in the pipeline. */
  onAdded(states: CreatorState[]): void;
}

/**
 * Bulk add: the selected creators, or every creator on the page when none is selected. More controls for
 * the same creators (quota, logging invitations) go in the bar's row next to the add button.
 */
export function BulkBar({ list, ask, onAdded }: BulkBarProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [lists, setLists] = useState<List[]>([]);
  const [listId, setListId] = useState('');
  useEffect(() => {
    ask('overlay.context', {}).then((c) => setLists(c.lists), () => {});
  }, [ask]);
  if (!list.seen.length) return null;
  const scores = new Map(list.seen.map((c) => [c.handle, c.score]));
  const handles = list.selected.length ? list.selected : list.seen.map((c) => c.handle);
  const add = async () => {
    setBusy(true);
    let added = 0;
    try {
      // A long infinite-scrolled list goes in batches; each lands whole, and what landed is reported.
      for (let i = 0; i < handles.length; i += BATCH_MAX) {
        const batch = handles.slice(i, i + BATCH_MAX);
        const r = await ask('pipeline.bulkAdd', { creators: batch.map((handle) => ({ handle, score: scores.get(handle) })), listId: listId || undefined });
        onAdded(r.states);
        added += r.added;
      }
      setStatus(tn('popup.bulk.added', added));
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      setStatus(added ? tn('popup.bulk.addedThenFailed', added, { error }) : t('popup.bulk.failed', { error }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-scout="bulk-bar" className="flex items-center gap-2 rounded-lg border border-slate-300 bg-white py-2 pr-6 pl-3 font-sans text-xs shadow-xl">
      <span>{tn('popup.bulk.scored', list.seen.length)}</span>
      <button data-scout="bulk-add" type="button" disabled={busy} onClick={add} className="inline-flex items-center gap-1 rounded-md bg-sky-700 px-2 py-1 font-medium text-white hover:bg-sky-800 disabled:opacity-50">
        <Icon name="add" size={14} />
        {list.selected.length ? tn('popup.bulk.addSelected', list.selected.length) : tn('popup.bulk.addAll', list.seen.length)}
      </button>
      <ListPicker lists={lists} value={listId} onChange={setListId} />
      {status && <span role="status" data-scout="status">{status}</span>}
      <InvitationHelper ask={ask} selected={list.selected} scores={scores} />
    </div>
  );
}
