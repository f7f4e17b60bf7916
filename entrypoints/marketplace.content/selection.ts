import { createStore } from 'zustand/vanilla';
import type { CreatorState } from '../../lib/messaging/protocol';

export interface ListState {
  /** Every creator annotated on the page, with the score its chip shows. */
  seen: Map<string, number>;
  selected: Set<string>;
  states: Map<string, CreatorState>;
  toggle(handle: string, on: boolean): void;
  setStates(states: CreatorState[]): void;
  addSeen(entries: [string, number][]): void;
}

export const listStore = createStore<ListState>((set) => ({
  seen: new Map(),
  selected: new Set(),
  states: new Map(),
  toggle: (handle, on) =>
    set((s) => {
      const selected = new Set(s.selected);
      if (on) selected.add(handle);
      else selected.delete(handle);
      return { selected };
    }),
  setStates: (states) => set((s) => ({ states: new Map([...s.states, ...states.map((x) => [x.handle, x] as const)]) })),
  addSeen: (entries) => set((s) => ({ seen: new Map([...s.seen, ...entries]) })),
}));
