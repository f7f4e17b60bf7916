import type { ReactNode } from 'react';
import { VirtualList } from '../../components/VirtualList';
import { STAGES, STAGE_LABEL, TIERS } from '../../lib/model/constants';
import { SORTS, type PipelineRow, type SortKey } from '../../lib/pipeline/row';
import type { PipelineFilter } from '../../lib/pipeline/view';
import { compactNumber, monthDay } from '../../lib/format';
import { t } from '../../lib/i18n/t';
import { Avatar } from '../../components/Avatar';
import { EmptyState } from '../../components/EmptyState';
import { SetupLink } from '../../components/SetupLink';
import { Icon } from '../../components/Icon';
const ROW_HEIGHT = 34;
export const FIELD = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-900 disabled:opacity-60';
/** ui.buttonSmall's look, kept here so the first screen does not load more than it shows. */
export const BUTTON = 'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60';

export interface PipelineActions {
  setFilter(patch: Partial<PipelineFilter>): void;
  setSort(sort: SortKey): void;
  toggle(handle: string): void;
  selectAll(on: boolean): void;
  exportCsv(): void;
  toggleColumns(): void;
  removeFromList(listId: string, handle: string): void;
  /** Opens the CSV import below the list (the empty pipeline's next step). */
  openImport(): void;
}

export interface PipelinePanelProps {
  total: number;
  visible: PipelineRow[];
  complete: boolean;
  filter: PipelineFilter;
  sort: SortKey;
  selected: ReadonlySet<string>;
  owners: string[];
  lists: { id: string; name: string }[];
  showColumns?: boolean;
  /** Without actions the panel is the popup's first screen: the same layout, its controls disabled. */
  actions?: PipelineActions;
  /** Shown between the filters and the rows: the column picker, bulk actions, status and undo. */
  children?: ReactNode;
  /** Outreach counts of the rows on screen (the row's `data-outreach`), and which rows those are. */
  counts?: ReadonlyMap<string, number>;
  onRange?: (first: number, last: number) => void;
}

/**
 * What the pipeline looks like: heading, search, filters, sort and the virtualised rows. No storage and no
 * schema library here, so the popup's entry paints it from the first rows before the app has loaded, and
 * the app then renders the very same panel with its actions.
 */
export function PipelinePanel({ total, visible, complete, filter, sort, selected, owners, lists, showColumns, actions, children, counts, onRange }: PipelinePanelProps) {
  const off = !actions;
  return (
    <>
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">
          {visible.length !== total
            ? t(complete ? 'popup.pipeline.headingFiltered' : 'popup.pipeline.headingFilteredLoading', { shown: visible.length, total })
            : t(complete ? 'popup.pipeline.heading' : 'popup.pipeline.headingLoading', { count: total })}
        </h2>
        <div className="flex gap-1">
          <button data-scout="export-csv" type="button" className={BUTTON} disabled={off} onClick={actions?.exportCsv}>
            <Icon name="download" size={14} />
            {t('popup.pipeline.exportCsv')}
          </button>
          <button type="button" className={BUTTON} disabled={off} aria-expanded={!!showColumns} onClick={actions?.toggleColumns}>{t('popup.pipeline.columns')}</button>
        </div>
      </div>
      <input data-scout="search" aria-label={t('popup.pipeline.search')} placeholder={t('popup.pipeline.searchHint')} className={`${FIELD} w-full`} disabled={off} value={filter.query} onChange={(e) => actions?.setFilter({ query: e.target.value })} />
      <div className="grid grid-cols-3 gap-1">
        <select aria-label={t('popup.pipeline.stageFilter')} className={FIELD} disabled={off} value={filter.stage ?? ''} onChange={(e) => actions?.setFilter({ stage: (e.target.value || undefined) as PipelineFilter['stage'] })}>
          <option value="">{t('popup.pipeline.allStages')}</option>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
        </select>
        <select aria-label={t('popup.pipeline.tierFilter')} className={FIELD} disabled={off} value={filter.tier ?? ''} onChange={(e) => actions?.setFilter({ tier: (e.target.value || undefined) as PipelineFilter['tier'] })}>
          <option value="">{t('popup.pipeline.allTiers')}</option>
          {TIERS.map((tier) => <option key={tier} value={tier}>{t(`common.tier.${tier}`)}</option>)}
        </select>
        <select aria-label={t('popup.pipeline.ownerFilter')} className={FIELD} disabled={off} value={filter.owner ?? ''} onChange={(e) => actions?.setFilter({ owner: e.target.value || undefined })}>
          <option value="">{t('popup.pipeline.allOwners')}</option>
          {owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
        <select aria-label={t('popup.pipeline.listFilter')} className={FIELD} disabled={off} value={filter.listId ?? ''} onChange={(e) => actions?.setFilter({ listId: e.target.value || undefined })}>
          <option value="">{t('popup.pipeline.allLists')}</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        <input aria-label={t('popup.pipeline.tagFilter')} placeholder={t('popup.pipeline.tagHint')} className={FIELD} disabled={off} value={filter.tag ?? ''} onChange={(e) => actions?.setFilter({ tag: e.target.value.trim() || undefined })} />
        <select aria-label={t('popup.pipeline.sort')} className={FIELD} disabled={off} value={sort} onChange={(e) => actions?.setSort(e.target.value as SortKey)}>
          {SORTS.map((s) => <option key={s} value={s}>{t(`popup.pipeline.sortBy.${s}`)}</option>)}
        </select>
        <label className="col-span-3 text-xs">
          <input type="checkbox" disabled={off} checked={filter.dueOnly} onChange={(e) => actions?.setFilter({ dueOnly: e.target.checked })} /> {t('popup.pipeline.dueOnly')}
        </label>
      </div>
      {children}
      {total === 0 && complete ? (
        <EmptyState
          compact
          icon="users"
          title={t('popup.pipeline.empty.title')}
          hint={t('popup.pipeline.empty.hint')}
          action={actions && (
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" className={BUTTON} onClick={actions.openImport}>
                <Icon name="upload" size={14} />
                {t('popup.pipeline.empty.import')}
              </button>
              {/* A new recruiter's first stop: name, keywords, tiers, team. */}
              <SetupLink newTab className="text-xs" />
            </div>
          )}
        />
      ) : (
        <>
          <label className="text-xs">
            <input type="checkbox" disabled={off} checked={selected.size > 0 && selected.size === visible.length} onChange={(e) => actions?.selectAll(e.target.checked)} /> {t('popup.pipeline.selectAll')}
          </label>
          {visible.length === 0 && complete && <p className="text-xs text-slate-600">{t('popup.pipeline.noMatch')}</p>}
          <VirtualList
            items={visible}
            rowHeight={ROW_HEIGHT}
            onRange={onRange}
            height={Math.min(340, Math.max(ROW_HEIGHT, visible.length * ROW_HEIGHT))}
            render={(r) => (
              <div data-scout="row" data-handle={r.handle} data-stage={r.stage} data-outreach={counts?.get(r.handle) ?? r.outreachCount} className="flex h-full items-center gap-2 border-b border-slate-100 text-xs">
                <input type="checkbox" aria-label={t('popup.pipeline.selectOne', { handle: `@${r.handle}` })} disabled={off} checked={selected.has(r.handle)} onChange={() => actions?.toggle(r.handle)} />
                <Avatar url={r.avatarUrl} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">@{r.handle}</span>
                  <span className="block truncate text-slate-600">{r.nickname ?? ''} {r.followers !== undefined ? `· ${compactNumber(r.followers)}` : ''} {r.tier ? `· ${t(`common.tier.${r.tier}`)}` : ''}{r.scoreNote && <span data-scout="score-note" className="text-amber-800"> · {r.scoreNote}</span>}</span>
                </span>
                <span className="w-6 text-right font-semibold" title={r.scoreNote}>{r.score ?? '–'}</span>
                <span data-scout="row-stage" className="w-20 truncate">{STAGE_LABEL[r.stage]}</span>
                <span className="w-16 truncate text-slate-600">{r.owner || '—'}</span>
                <span className="w-16 text-slate-600">{r.nextFollowUpAt ? monthDay(r.nextFollowUpAt) : ''}</span>
                {filter.listId && actions && (
                  <button type="button" aria-label={t('popup.pipeline.removeFromList', { handle: `@${r.handle}` })} title={t('popup.pipeline.removeFromList', { handle: `@${r.handle}` })} className="rounded text-rose-700 hover:bg-rose-50" onClick={() => actions.removeFromList(filter.listId!, r.handle)}><Icon name="close" size={14} /></button>
                )}
              </div>
            )}
          />
        </>
      )}
    </>
  );
}
