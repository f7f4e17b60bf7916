import { create } from 'zustand';
import { filterRows, refilter, sortRows, PipelineFilter } from '../../lib/pipeline/view';
import type { PipelineRow, SortKey } from '../../lib/pipeline/row';

interface PopupState {
  rows: PipelineRow[];
  /** Every row in the chosen sort order, sorted once per load or sort change, never per keystroke. */
  sorted: PipelineRow[];
  /** True once every row is loaded (the first screen comes from an index, the rest after paint). */
  complete: boolean;
  filter: PipelineFilter;
  sort: SortKey;
  selected: Set<string>;
  visible: PipelineRow[];
  setRows(rows: PipelineRow[], complete: boolean): void;
  setFilter(patch: Partial<PipelineFilter>): void;
  setSort(sort: SortKey): void;
  toggle(handle: string): void;
  selectAll(on: boolean): void;
}

const now = () => new Date().toISOString();

export const usePopupStore = create<PopupState>((set, get) => ({
  rows: [],
  sorted: [],
  complete: false,
  filter: PipelineFilter.parse({}),
  sort: 'updated',
  selected: new Set(),
  visible: [],
  setRows: (rows, complete) => {
    const sorted = sortRows(rows, get().sort);
    set({ rows, sorted, complete, visible: filterRows(sorted, get().filter, now()) });
  },
  setFilter: (patch) => {
    const { filter: before, visible: shown, sorted } = get();
    const filter = { ...before, ...patch };
    set({ filter, visible: refilter(sorted, { filter: before, visible: shown }, filter, now()) });
  },
  setSort: (sort) => {
    const sorted = sortRows(get().rows, sort);
    set({ sort, sorted, visible: filterRows(sorted, get().filter, now()) });
  },
  toggle: (handle) => {
    const selected = new Set(get().selected);
    if (selected.has(handle)) selected.delete(handle);
    else selected.add(handle);
    set({ selected });
  },
  selectAll: (on) => set({ selected: on ? new Set(get().visible.map((r) => r.handle)) : new Set() }),
}));
