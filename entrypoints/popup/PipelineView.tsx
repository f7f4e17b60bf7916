import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { pipelineViewRepo } from '../../storage/pipeline-view';
import { throttledLive } from '../../storage/throttled-live';
import { readFirstRows } from '../../storage/first-rows';
import { pipelineRepo } from '../../storage/pipeline';
import { listMembersRepo } from '../../storage/list-members';
import { listsRepo } from '../../storage/lists';
import { useLiveQuery } from '../../components/useLiveQuery';
import { STAGES, STAGE_LABEL, type Stage } from '../../lib/model/pipeline';
import { toCsv } from '../../lib/csv';
import { CONTACT_COLUMNS } from '../../lib/contact-columns';
import { usePopupStore } from './store';
import { download } from '../../components/download';
import { ImportPanel } from './ImportPanel';
import { BUTTON, FIELD, PipelinePanel } from './PipelinePanel';
import { t, tn } from '../../lib/i18n/t';

export const EXPORT_COLUMNS = ['handle', 'nickname', 'followers', 'tier', 'score', 'stage', 'owner', 'tags', 'email', ...CONTACT_COLUMNS, 'nextFollowUpAt', 'notes', 'updatedAt'];

/** The pipeline: search, filters, sort, virtualised rows, selection and bulk actions, CSV out and in. */
export function PipelineView({ db, me }: { db: ScoutDB; me: string }) {
  const { visible, rows, complete, filter, sort, selected, setRows, setFilter, setSort, toggle, selectAll } = usePopupStore();
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const onRange = useCallback((first: number, last: number) => setRange((r) => (r[0] === first && r[1] === last ? r : [first, last])), []);
  const onScreen = visible.slice(range[0], range[1]).map((r) => r.handle);
  const counts = useLiveQuery(() => pipelineViewRepo.outreachCounts(db, onScreen), [db, onScreen.join(' ')], undefined as Map<string, number> | undefined);
  const lists = useLiveQuery(() => listsRepo.all(db), [db], []);
  const [columns, setColumns] = useState<string[]>(EXPORT_COLUMNS);
  const [showColumns, setShowColumns] = useState(false);
  const [undo, setUndo] = useState<{ label: string; run: () => Promise<void> } | undefined>();
  const [message, setMessage] = useState('');
  const [importOpen, setImportOpen] = useState(false);

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    // First paint from the updatedAt index (the popup's entry may have read it already); only then every
    // row (kept live across contexts, re-read at most every few load-times while a big sync writes), so the
    // full load never queues in front of the first screen. A failed first read just waits for the full one.
    const first = usePopupStore.getState().rows.length ? Promise.resolve() : readFirstRows(indexedDB, db.name).then((rows) => live && !usePopupStore.getState().complete && setRows(rows, false));
    first
      .catch(() => {})
      .finally(() => {
        if (!live) return;
        setTimeout(() => {
          if (live) stop = throttledLive(db, ['pipeline', 'creators', 'listMembers'], () => pipelineViewRepo.allRows(db), (all) => live && setRows(all, true));
        }, 0);
      });
    return () => {
      live = false;
      stop?.();
    };
  }, [db, setRows]);

  const owners = useMemo(() => [...new Set(rows.map((r) => r.owner).filter((o): o is string => !!o))].sort(), [rows]);
  const chosen = selected.size ? visible.filter((r) => selected.has(r.handle)) : visible;

  const bulkStage = async (stage: Stage) => {
    const handles = [...selected];
    const previous = await pipelineRepo.bulkSetStage(db, handles, stage, new Date());
    setMessage(tn('popup.pipeline.moved', Object.keys(previous).length, { stage: STAGE_LABEL[stage] }));
    setUndo({ label: t('popup.pipeline.undoStage'), run: async () => void (await pipelineRepo.restoreStages(db, previous, new Date())) });
  };
  const bulkList = async (listId: string) => {
    const now = new Date();
    for (const h of selected) await listMembersRepo.add(db, listId, h, now);
    const list = lists.find((l) => l.id === listId)?.name;
    setMessage(list ? tn('popup.pipeline.addedToList', selected.size, { list }) : tn('popup.pipeline.addedToAList', selected.size));
  };
  const removeFromList = async (listId: string, handle: string) => {
    const removed = await listMembersRepo.remove(db, listId, handle, new Date());
    if (!removed) return;
    const list = lists.find((l) => l.id === listId)?.name;
    setMessage(list ? t('popup.pipeline.removed', { handle: `@${handle}`, list }) : t('popup.pipeline.removedFromAList', { handle: `@${handle}` }));
    setUndo({ label: t('popup.pipeline.undoRemove'), run: async () => void (await listMembersRepo.restore(db, removed, new Date())) });
  };
  const exportCsv = () => {
    const name = filter.listId ? lists.find((l) => l.id === filter.listId)?.name ?? 'shortlist' : selected.size ? 'selection' : 'pipeline';
    download(`creator-scout-${name.replace(/[^\w-]+/g, '-')}-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(chosen as unknown as Record<string, unknown>[], columns));
    setMessage(tn('popup.pipeline.exported', chosen.length));
  };

  return (
    <section className="space-y-2 p-3">
      <PipelinePanel
        counts={counts}
        onRange={onRange}
        total={rows.length}
        visible={visible}
        complete={complete}
        filter={filter}
        sort={sort}
        selected={selected}
        owners={owners}
        lists={lists}
        showColumns={showColumns}
        actions={{ setFilter, setSort, toggle, selectAll, exportCsv, toggleColumns: () => setShowColumns(!showColumns), removeFromList: (id, h) => void removeFromList(id, h), openImport: () => setImportOpen(true) }}
      >
        {showColumns && (
          <fieldset data-scout="export-columns" className="flex flex-wrap gap-2 text-xs">
            <legend className="sr-only">{t('popup.pipeline.columnsLegend')}</legend>
            {EXPORT_COLUMNS.map((c) => (
              <label key={c}>
                <input type="checkbox" checked={columns.includes(c)} onChange={(e) => setColumns(e.target.checked ? EXPORT_COLUMNS.filter((x) => x === c || columns.includes(x)) : columns.filter((x) => x !== c))} /> {c}
              </label>
            ))}
          </fieldset>
        )}
        {selected.size > 0 && (
          <div data-scout="bulk-actions" className="flex flex-wrap items-center gap-1 rounded bg-slate-100 p-1 text-xs">
            <span>{tn('popup.pipeline.selected', selected.size)}</span>
            <select data-scout="bulk-stage" aria-label={t('popup.pipeline.bulkStage')} className={FIELD} value="" onChange={(e) => e.target.value && void bulkStage(e.target.value as Stage)}>
              <option value="">{t('popup.pipeline.bulkStageHint')}</option>
              {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
            </select>
            {lists.length > 0 && (
              <select data-scout="bulk-list" aria-label={t('popup.pipeline.bulkList')} className={FIELD} value="" onChange={(e) => e.target.value && void bulkList(e.target.value)}>
                <option value="">{t('popup.pipeline.bulkListHint')}</option>
                {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
              </select>
            )}
            <button type="button" className={BUTTON} onClick={() => selectAll(false)}>{t('popup.pipeline.clearSelection')}</button>
          </div>
        )}
        {(message || undo) && (
          <p role="status" data-scout="status" className="flex items-center gap-2 text-xs text-emerald-700">
            {message}
            {undo && (
              <button type="button" data-scout="undo" className="font-medium underline underline-offset-2" onClick={async () => { await undo.run(); setUndo(undefined); setMessage(t('popup.pipeline.undone')); }}>
                {undo.label}
              </button>
            )}
          </p>
        )}
      </PipelinePanel>
      <ImportPanel db={db} me={me} open={importOpen} onToggle={setImportOpen} />
    </section>
  );
}
