import type { ExtractedCreator, ExtractedVideo } from '../model/page';
import { mergeTapped } from '../extract/merge';
import type { TapData } from '../extract/tap';
import type { CreatorRead, CreatorView, FrameKind, FrameState, ListChip, ProductView } from '../messaging/protocol-frames';

/** What the page tap copied in one tab: creators and their videos, by handle. */
interface Tapped {
  creators: Map<string, Partial<ExtractedCreator>>;
  videos: Map<string, ExtractedVideo[]>;
}

interface TabState {
  creator?: CreatorRead;
  tapped: Tapped;
  product?: ProductView;
  seen: Map<string, number>;
  selected: string[];
  dark?: boolean;
}

// A long session of client-side navigation must not grow a tab's tapped data without bound.
const TAPPED_HANDLES_MAX = 50;
const keepLast = <V>(m: Map<string, V>, max: number) => {
  while (m.size > max) m.delete(m.keys().next().value!);
};

/** The profile panel's view: the content script's read, merged with what the tap copied for that creator. */
export function creatorView(read: CreatorRead | undefined, tapped: Tapped): CreatorView {
  if (!read) return { kind: 'none' };
  if (read.kind === 'profile') {
    const handle = read.creator.handle;
    const merged = mergeTapped({ ...read, kind: 'profile' }, tapped.creators.get(handle), tapped.videos.get(handle) ?? []);
    return { kind: 'creator', creator: merged.creator, videos: merged.videos, warnings: merged.warnings };
  }
  if (read.kind === 'video') {
    const known = tapped.creators.get(read.creator.handle);
    return { kind: 'creator', creator: { nickname: '', bio: '', verified: false, ...known, ...read.creator }, videos: [read.video], warnings: read.warnings };
  }
  return read;
}

/**
 * The page state of every tab with a content script, kept by the background: what each panel frame is
 * shown. Pure (no browser API): `notify(tabId, state)` is called whenever a frame's state changes.
 */
export function createPageStates(notify: (tabId: number, state: FrameState) => void) {
  const tabs = new Map<number, TabState>();
  const tab = (id: number): TabState => {
    let t = tabs.get(id);
    if (!t) tabs.set(id, (t = { tapped: { creators: new Map(), videos: new Map() }, seen: new Map(), selected: [] }));
    return t;
  };
  const stateOf = (t: TabState, kind: FrameKind): FrameState => {
    const dark = t.dark;
    if (kind === 'panel') return { kind, view: creatorView(t.creator, t.tapped), dark };
    if (kind === 'shop-panel') return { kind, view: t.product ?? { kind: 'none' }, dark };
    return { kind, list: { seen: [...t.seen].map(([handle, score]) => ({ handle, score })), selected: t.selected }, dark };
  };
  const changed = (id: number, kind: FrameKind) => notify(id, stateOf(tab(id), kind));

  return {
    /** The state a frame of `kind` in tab `id` shows; undefined when its content script has not reported yet. */
    get(id: number, kind: FrameKind): FrameState | undefined {
      const t = tabs.get(id);
      if (!t) return undefined;
      if ((kind === 'panel' && !t.creator) || (kind === 'shop-panel' && !t.product)) return undefined;
      return stateOf(t, kind);
    },
    setCreator(id: number, read: CreatorRead) {
      tab(id).creator = read;
      changed(id, 'panel');
    },
    addTapped(id: number, data: TapData) {
      const t = tab(id).tapped;
      if (data.kind === 'videos' && data.handle) {
        t.videos.set(data.handle, [...(t.videos.get(data.handle) ?? []), ...data.videos]);
        keepLast(t.videos, TAPPED_HANDLES_MAX);
      } else if (data.kind === 'creator' && data.creator.handle) {
        t.creators.set(data.creator.handle, data.creator);
        keepLast(t.creators, TAPPED_HANDLES_MAX);
      } else return;
      if (tabs.get(id)!.creator) changed(id, 'panel');
    },
    setProduct(id: number, view: ProductView) {
      tab(id).product = view;
      changed(id, 'shop-panel');
    },
    addChips(id: number, chips: ListChip[]) {
      const t = tab(id);
      for (const c of chips) t.seen.set(c.handle, c.score);
      changed(id, 'bulk-bar');
    },
    setSelected(id: number, handles: string[]) {
      tab(id).selected = handles;
      changed(id, 'bulk-bar');
    },
    setTheme(id: number, dark: boolean) {
      const t = tab(id);
      if (t.dark === dark) return;
      t.dark = dark;
      if (t.creator) changed(id, 'panel');
      if (t.product) changed(id, 'shop-panel');
      changed(id, 'bulk-bar');
    },
    /** A new document in the tab (a full page load): what the old one reported is gone. */
    reset(id: number) {
      tabs.delete(id);
    },
  };
}
export type PageStates = ReturnType<typeof createPageStates>;
