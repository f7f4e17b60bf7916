import { useEffect, useMemo, useState } from 'react';
import { liveQuery } from 'dexie';
import type { ScoutDB } from '../../storage/db';
import { pipelineViewRepo } from '../../storage/pipeline-view';
import { pipelineRepo } from '../../storage/pipeline';
import { listMembersRepo } from '../../storage/list-members';
import { listsRepo } from '../../storage/lists';
import { useLiveQuery } from '../../components/useLiveQuery';
import { VirtualList } from '../../components/VirtualList';
import { STAGES, STAGE_LABEL, type Stage } from '../../lib/model/pipeline';
import { TIERS } from '../../lib/model/tier';
import { SORTS, type PipelineRow, type SortKey } from '../../lib/pipeline/view';
import { compactNumber, shortDate } from '../../lib/format';
import { toCsv } from '../../lib/csv';
import { usePopupStore } from './store';
import { download } from '../../components/download';
import { ImportPanel } from './ImportPanel';

export const EXPORT_COLUMNS = ['handle', 'nickname', 'followers', 'tier', 'score', 'stage', 'owner', 'tags', 'email', 'nextFollowUpAt', 'notes', 'updatedAt'];
const SORT_LABEL: Record<SortKey, string> = { updated: 'Recently updated', score: 'Score', followers: 'Followers', handle: 'Handle', followUp: 'Next follow-up' };
const ROW_HEIGHT = 34;

/** The pipeline: search, filters, sort, virtualised rows, selection and bulk actions, CSV out and in. */
export function PipelineView({ db, me }: { db: ScoutDB; me: string }) {
  const { visible, rows, complete, filter, sort, selected, setRows, setFilter, setSort, toggle, selectAll } = usePopupStore();
  const lists = useLiveQuery(() => listsRepo.all(db), [db], []);
  const [columns, setColumns] = useState<string[]>(EXPORT_COLUMNS);
  const [showColumns, setShowColumns] = useState(false);
  const [undo, setUndo] = useState<{ label: string; run: () => Promise<void> } | undefined>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    let sub: { unsubscribe(): void } | undefined;
    // First paint from the updatedAt index; only then every row (kept live across contexts), so the
    // full load never queues in front of the first screen.
    pipelineViewRepo
      .firstRows(db)
      .then((first) => live && !usePopupStore.getState().complete && setRows(first, false))
      .finally(() => {
        if (!live) return;
        setTimeout(() => {
          if (live) sub = liveQuery(() => pipelineViewRepo.allRows(db)).subscribe({ next: (all) => live && setRows(all, true) });
        }, 0);
      });
    return () => {
      live = false;
      sub?.unsubscribe();
    };
  }, [db, setRows]);

  const owners = useMemo(() => [...new Set(rows.map((r) => r.owner).filter((o): o is string => !!o))].sort(), [rows]);
  const chosen = selected.size ? visible.filter((r) => selected.has(r.handle)) : visible;

  const bulkStage = async (stage: Stage) => {
    const handles = [...selected];
    const previous = await pipelineRepo.bulkSetStage(db, handles, stage, new Date());
    setMessage(`${Object.keys(previous).length} moved to ${STAGE_LABEL[stage]}`);
    setUndo({ label: 'Undo stage change', run: async () => void (await pipelineRepo.restoreStages(db, previous, new Date())) });
  };
  const bulkList = async (listId: string) => {
    const now = new Date();
    for (const h of selected) await listMembersRepo.add(db, listId, h, now);
    setMessage(`${selected.size} added to ${lists.find((l) => l.id === listId)?.name ?? 'the shortlist'}`);
  };
  const removeFromList = async (listId: string, handle: string) => {
    const removed = await listMembersRepo.remove(db, listId, handle, new Date());
    if (!removed) return;
    setMessage(`@${handle} removed from ${lists.find((l) => l.id === listId)?.name ?? 'the shortlist'}`);
    setUndo({ label: 'Undo remove', run: async () => void (await listMembersRepo.restore(db, removed, new Date())) });
  };
  const exportCsv = () => {
    const name = filter.listId ? lists.find((l) => l.id === filter.listId)?.name ?? 'shortlist' : selected.size ? 'selection' : 'pipeline';
    download(`creator-scout-${name.replace(/[^\w-]+/g, '-')}-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(chosen as unknown as Record<string, unknown>[], columns));
    setMessage(`Exported ${chosen.length} rows`);
  };

  const field = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs';
  return (
    <section className="space-y-2 p-3">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">
          Pipeline ({visible.length}
          {visible.length !== rows.length ? ` of ${rows.length}` : ''}
          {complete ? '' : '…'})
        </h2>
        <div className="flex gap-1">
          <button data-scout="export-csv" type="button" className={field} onClick={exportCsv}>Export CSV</button>
          <button type="button" className={field} aria-expanded={showColumns} onClick={() => setShowColumns(!showColumns)}>Columns</button>
        </div>
      </div>
      {showColumns && (
        <fieldset data-scout="export-columns" className="flex flex-wrap gap-2 text-xs">
          {EXPORT_COLUMNS.map((c) => (
            <label key={c}>
              <input type="checkbox" checked={columns.includes(c)} onChange={(e) => setColumns(e.target.checked ? EXPORT_COLUMNS.filter((x) => x === c || columns.includes(x)) : columns.filter((x) => x !== c))} /> {c}
            </label>
          ))}
        </fieldset>
      )}
      <input data-scout="search" aria-label="Search" placeholder="Search handle, name, tag, note…" className={`${field} w-full`} value={filter.query} onChange={(e) => setFilter({ query: e.target.value })} />
      <div className="grid grid-cols-3 gap-1">
        <select aria-label="Stage filter" className={field} value={filter.stage ?? ''} onChange={(e) => setFilter({ stage: (e.target.value || undefined) as Stage | undefined })}>
          <option value="">All stages</option>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
        </select>
        <select aria-label="Tier filter" className={field} value={filter.tier ?? ''} onChange={(e) => setFilter({ tier: (e.target.value || undefined) as PipelineRow['tier'] })}>
          <option value="">All tiers</option>
          {TIERS.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <select aria-label="Owner filter" className={field} value={filter.owner ?? ''} onChange={(e) => setFilter({ owner: e.target.value || undefined })}>
          <option value="">All owners</option>
          {owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
        <select aria-label="Shortlist filter" className={field} value={filter.listId ?? ''} onChange={(e) => setFilter({ listId: e.target.value || undefined })}>
          <option value="">All shortlists</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        <input aria-label="Tag filter" placeholder="tag" className={field} value={filter.tag ?? ''} onChange={(e) => setFilter({ tag: e.target.value.trim() || undefined })} />
        <select aria-label="Sort" className={field} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
          {SORTS.map((s) => <option key={s} value={s}>{SORT_LABEL[s]}</option>)}
        </select>
        <label className="col-span-3 text-xs">
          <input type="checkbox" checked={filter.dueOnly} onChange={(e) => setFilter({ dueOnly: e.target.checked })} /> Follow-up due
        </label>
      </div>

      {selected.size > 0 && (
        <div data-scout="bulk-actions" className="flex flex-wrap items-center gap-1 rounded bg-slate-100 p-1 text-xs">
          <span>{selected.size} selected</span>
          <select data-scout="bulk-stage" aria-label="Move selected to stage" className={field} value="" onChange={(e) => e.target.value && void bulkStage(e.target.value as Stage)}>
            <option value="">Move to stage…</option>
            {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
          </select>
          {lists.length > 0 && (
            <select data-scout="bulk-list" aria-label="Add selected to shortlist" className={field} value="" onChange={(e) => e.target.value && void bulkList(e.target.value)}>
              <option value="">Add to shortlist…</option>
              {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
          )}
          <button type="button" className={field} onClick={() => selectAll(false)}>Clear</button>
        </div>
      )}
      {(message || undo) && (
        <p role="status" data-scout="status" className="flex items-center gap-2 text-xs text-emerald-700">
          {message}
          {undo && (
            <button type="button" data-scout="undo" className="underline" onClick={async () => { await undo.run(); setUndo(undefined); setMessage('Undone'); }}>
              {undo.label}
            </button>
          )}
        </p>
      )}

      {rows.length === 0 && complete ? (
        <p className="text-xs text-slate-500">No creators yet. Open a TikTok profile and press "Add to pipeline", or import a CSV.</p>
      ) : (
        <>
          <label className="text-xs">
            <input type="checkbox" aria-label="Select all shown" checked={selected.size > 0 && selected.size === visible.length} onChange={(e) => selectAll(e.target.checked)} /> select all shown
          </label>
          <VirtualList
            items={visible}
            rowHeight={ROW_HEIGHT}
            height={Math.min(340, Math.max(ROW_HEIGHT, visible.length * ROW_HEIGHT))}
            render={(r) => (
              <div data-scout="row" data-handle={r.handle} className="flex h-full items-center gap-2 border-b border-slate-100 text-xs">
                <input type="checkbox" aria-label={`Select @${r.handle}`} checked={selected.has(r.handle)} onChange={() => toggle(r.handle)} />
                {r.avatarUrl ? <img src={r.avatarUrl} alt="" className="h-6 w-6 rounded-full" /> : <span className="h-6 w-6 rounded-full bg-slate-200" />}
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">@{r.handle}</span>
                  <span className="block truncate text-slate-500">{r.nickname ?? ''} {r.followers !== undefined ? `· ${compactNumber(r.followers)}` : ''} {r.tier ? `· ${r.tier}` : ''}</span>
                </span>
                <span className="w-6 text-right font-semibold">{r.score ?? '–'}</span>
                <span data-scout="row-stage" className="w-20 truncate">{STAGE_LABEL[r.stage]}</span>
                <span className="w-16 truncate text-slate-500">{r.owner || '—'}</span>
                <span className="w-16 text-slate-500">{r.nextFollowUpAt ? shortDate(r.nextFollowUpAt).slice(5) : ''}</span>
                {filter.listId && (
                  <button type="button" aria-label={`Remove @${r.handle} from shortlist`} className="text-rose-700" onClick={() => void removeFromList(filter.listId!, r.handle)}>×</button>
                )}
              </div>
            )}
          />
        </>
      )}
      <ImportPanel db={db} me={me} />
    </section>
  );
}
