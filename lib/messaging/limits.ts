// Plain numbers, no zod: content scripts batch their messages by these without the schema library.

/** The most creators one message carries; callers with more send them in batches of this size. */
export const BATCH_MAX = 1000;
/** The most creators a list page can have selected or on screen at once (infinite scroll). */
export const ON_PAGE_MAX = 20_000;

/** The port a panel frame opens to the background: its name says which frame it is. */
export const FRAME_PORT_PREFIX = 'scout-frame:';
export type FrameKind = 'panel' | 'shop-panel' | 'bulk-bar';
