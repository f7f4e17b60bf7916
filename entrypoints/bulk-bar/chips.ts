import type { CreatorState } from '../../lib/messaging/protocol';
import type { ChipPaint } from '../../lib/messaging/protocol-frames';

/** What a chip may be told about creators after a bulk add: in the pipeline or not, nothing more. */
export const toChipPaints = (states: CreatorState[]): ChipPaint[] => states.map((s) => ({ handle: s.handle, inPipeline: s.entry !== undefined }));
