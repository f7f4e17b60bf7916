import type { ReactNode } from 'react';
import { VirtualList } from '../../components/VirtualList';
import { STAGES, STAGE_LABEL, TIERS } from '../../lib/model/constants';
import { SORTS, type PipelineRow, type SortKey } from '../../lib/pipeline/row';
import type { PipelineFilter } from '../../lib/pipeline/view';
import { compactNumber, shortDate } from '../../lib/format';
import { Avatar } from '../../components/Avatar';

const SORT_LABEL: Record<SortKey, string> = { updated: 'Recently updated', score: 'Score', followers: 'Followers', handle: 'Handle', followUp: 'Next follow-up' };
const ROW_HEIGHT = 34;
export const FIELD = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs';

export interface PipelineActions {
  setFilter(patch: Partial<PipelineFilter>): void;
  setSort(sort: SortKey): void;
  toggle(handle: string): void;
  selectAll(on: boolean): void;
  exportCsv(): void;
  toggleColumns(): void;
  removeFromList(listId: string, handle: string): void;
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
}

/**
 * What the pipeline looks like: heading, search, filters, sort and the virtualised rows. No storage and no
 * schema library here, so the popup's entry paints it from the first rows before the app has loaded, and
 * the app then renders the very same panel with its actions.
 */
export function PipelinePanel({ total, visible, complete, filter, sort, selected, owners, lists, showColumns, actions, children }: PipelinePanelProps) {
  const off = !actions;
  return (
    <>
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">
          Pipeline ({visible.length}
          {visible.length !== total ? ` of ${total}` : ''}
          {complete ? '' : '…'})
        </h2>
        <div className="flex gap-1">
          <button data-scout="export-csv" type="button" className={FIELD} disabled={off} onClick={actions?.exportCsv}>Export CSV</button>
          <button type="button" className={FIELD} disabled={off} aria-expanded={!!showColumns} onClick={actions?.toggleColumns}>Columns</button>
        </div>
      </div>
      <input data-scout="search" aria-label="Search" placeholder="Search handle, name, tag, note…" className={`${FIELD} w-full`} disabled={off} value={filter.query} onChange={(e) => actions?.setFilter({ query: e.target.value })} />
      <div className="grid grid-cols-3 gap-1">
        <select aria-label="Stage filter" className={FIELD} disabled={off} value={filter.stage ?? ''} onChange={(e) => actions?.setFilter({ stage: (e.target.value || undefined) as PipelineFilter['stage'] })}>
          <option value="">All stages</option>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
        </select>
        <select aria-label="Tier filter" className={FIELD} disabled={off} value={filter.tier ?? ''} onChange={(e) => actions?.setFilter({ tier: (e.target.value || undefined) as PipelineFilter['tier'] })}>
          <option value="">All tiers</option>
          {TIERS.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <select aria-label="Owner filter" className={FIELD} disabled={off} value={filter.owner ?? ''} onChange={(e) => actions?.setFilter({ owner: e.target.value || undefined })}>
          <option value="">All owners</option>
          {owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
        <select aria-label="Shortlist filter" className={FIELD} disabled={off} value={filter.listId ?? ''} onChange={(e) => actions?.setFilter({ listId: e.target.value || undefined })}>
          <option value="">All shortlists</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        <input aria-label="Tag filter" placeholder="tag" className={FIELD} disabled={off} value={filter.tag ?? ''} onChange={(e) => actions?.setFilter({ tag: e.target.value.trim() || undefined })} />
        <select aria-label="Sort" className={FIELD} disabled={off} value={sort} onChange={(e) => actions?.setSort(e.target.value as SortKey)}>
          {SORTS.map((s) => <option key={s} value={s}>{SORT_LABEL[s]}</option>)}
        </select>
        <label className="col-span-3 text-xs">
          <input type="checkbox" disabled={off} checked={filter.dueOnly} onChange={(e) => actions?.setFilter({ dueOnly: e.target.checked })} /> Follow-up due
        </label>
      </div>
      {children}
      {total === 0 && complete ? (
        <p className="text-xs text-slate-500">No creators yet. Open a TikTok profile and press "Add to pipeline", or import a CSV.</p>
      ) : (
        <>
          <label className="text-xs">
            <input type="checkbox" aria-label="Select all shown" disabled={off} checked={selected.size > 0 && selected.size === visible.length} onChange={(e) => actions?.selectAll(e.target.checked)} /> select all shown
          </label>
          <VirtualList
            items={visible}
            rowHeight={ROW_HEIGHT}
            height={Math.min(340, Math.max(ROW_HEIGHT, visible.length * ROW_HEIGHT))}
            render={(r) => (
              <div data-scout="row" data-handle={r.handle} className="flex h-full items-center gap-2 border-b border-slate-100 text-xs">
                <input type="checkbox" aria-label={`Select @${r.handle}`} disabled={off} checked={selected.has(r.handle)} onChange={() => actions?.toggle(r.handle)} />
                <Avatar url={r.avatarUrl} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">@{r.handle}</span>
                  <span className="block truncate text-slate-500">{r.nickname ?? ''} {r.followers !== undefined ? `· ${compactNumber(r.followers)}` : ''} {r.tier ? `· ${r.tier}` : ''}{r.scoreNote && <span data-scout="score-note" className="text-amber-800"> · {r.scoreNote}</span>}</span>
                </span>
                <span className="w-6 text-right font-semibold" title={r.scoreNote}>{r.score ?? '–'}</span>
                <span data-scout="row-stage" className="w-20 truncate">{STAGE_LABEL[r.stage]}</span>
                <span className="w-16 truncate text-slate-500">{r.owner || '—'}</span>
                <span className="w-16 text-slate-500">{r.nextFollowUpAt ? shortDate(r.nextFollowUpAt).slice(5) : ''}</span>
                {filter.listId && actions && (
                  <button type="button" aria-label={`Remove @${r.handle} from shortlist`} className="text-rose-700" onClick={() => actions.removeFromList(filter.listId!, r.handle)}>×</button>
                )}
              </div>
            )}
          />
        </>
      )}
    </>
  );
}
