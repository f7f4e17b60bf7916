import { useEffect, useState } from 'react';
import type { List } from '../../lib/model/collections';
import { useStore } from 'zustand';
import type { Ask } from '../../lib/messaging/client';
import { BATCH_MAX } from '../../lib/messaging/protocol';
import { listStore } from './selection';
import { paintStates } from './chips';
import { ListPicker } from '../../components/ListPicker';
import { Docked } from '../../components/Docked';
import { InvitationHelper } from '../../components/InvitationHelper';

/** Bulk add: the selected creators, or every creator on the page when none is selected. */
export function BulkBar({ ask }: { ask: Ask }) {
  const seen = useStore(listStore, (s) => s.seen);
  const selected = useStore(listStore, (s) => s.selected);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [lists, setLists] = useState<List[]>([]);
  const [listId, setListId] = useState('');
  useEffect(() => {
    ask('overlay.context', {}).then((c) => setLists(c.lists), () => {});
  }, [ask]);
  if (!seen.size) return null;
  const handles = selected.size ? [...selected] : [...seen.keys()];
  const add = async () => {
    setBusy(true);
    let added = 0;
    try {
      // A long infinite-scrolled list goes in batches; each lands whole, and what landed is reported.
      for (let i = 0; i < handles.length; i += BATCH_MAX) {
        const batch = handles.slice(i, i + BATCH_MAX);
        const r = await ask('pipeline.bulkAdd', { creators: batch.map((handle) => ({ handle, score: seen.get(handle) })), listId: listId || undefined });
        listStore.getState().setStates(r.states);
        paintStates(r.states);
        added += r.added;
      }
      setStatus(`${added} added to the pipeline`);
    } catch (e) {
      setStatus(`${added ? `${added} added, then: ` : ''}${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Docked ask={ask}>
      <div className="flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 font-sans text-xs shadow-xl">
        <span>Creator Scout · {seen.size} creators scored</span>
        <button data-scout="bulk-add" type="button" disabled={busy} onClick={add} className="rounded bg-sky-700 px-2 py-1 font-medium text-white disabled:opacity-50">
          {selected.size ? `Add ${selected.size} selected` : `Add all ${seen.size}`} to pipeline
        </button>
        <ListPicker lists={lists} value={listId} onChange={setListId} />
        {status && <span role="status" data-scout="status">{status}</span>}
        <InvitationHelper ask={ask} selected={[...selected]} scores={seen} />
      </div>
    </Docked>
  );
}
