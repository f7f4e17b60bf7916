import { create } from 'zustand';
import { filterRows, sortRows, PipelineFilter } from '../../lib/pipeline/view';
import type { PipelineRow, SortKey } from '../../lib/pipeline/row';

interface PopupState {
  rows: PipelineRow[];
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

const recompute = (rows: PipelineRow[], filter: PipelineFilter, sort: SortKey) => sortRows(filterRows(rows, filter, new Date().toISOString()), sort);

export const usePopupStore = create<PopupState>((set, get) => ({
  rows: [],
  complete: false,
  filter: PipelineFilter.parse({}),
  sort: 'updated',
  selected: new Set(),
  visible: [],
  setRows: (rows, complete) => set({ rows, complete, visible: recompute(rows, get().filter, get().sort) }),
  setFilter: (patch) => {
    const filter = { ...get().filter, ...patch };
    set({ filter, visible: recompute(get().rows, filter, get().sort) });
  },
  setSort: (sort) => set({ sort, visible: recompute(get().rows, get().filter, sort) }),
  toggle: (handle) => {
    const selected = new Set(get().selected);
    if (selected.has(handle)) selected.delete(handle);
    else selected.add(handle);
    set({ selected });
  },
  selectAll: (on) => set({ selected: on ? new Set(get().visible.map((r) => r.handle)) : new Set() }),
}));
