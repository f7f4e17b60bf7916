import { z } from '../zod';
import { Stage } from './pipeline';

/**
 * Append-only: one row per stage move (by hand, a bulk action or an automatic log), so reports know
 * who passed through a stage after they moved on or declined. `from` is absent for a creator's first record.
 */
export const StageChange = z.object({
  id: z.string().min(1),
  handle: z.string(),
  from: Stage.optional(),
  to: Stage,
  at: z.string(),
  author: z.string().default(''),
});
export type StageChange = z.infer<typeof StageChange>;
