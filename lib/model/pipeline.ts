import { z } from '../zod';
import { Tier } from './tier';
import { STAGES, STAGE_LABEL } from './constants';

export { STAGES, STAGE_LABEL };
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const Handle = z
  .string()
  .trim()
  .transform((s) => s.replace(/^@/, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._]{1,64}$/, 'not a TikTok handle'));

export const PipelineEntry = z.object({
  handle: Handle,
  stage: Stage,
  owner: z.string().optional(),
  tags: z.array(z.string()).default([]),
  tier: Tier.optional(),
  commissionRate: z.number().min(0).max(1).optional(),
  notes: z.string().default(''),
  nextFollowUpAt: z.string().optional(),
  products: z.array(z.string()).default([]),
  score: z.number().int().min(0).max(100).optional(),
  /** Why the score rests on little ("little data: followers only"), from lowDataNote when it was scored. */
  scoreNote: z.string().max(120).optional(),
  addedAt: z.string(),
  updatedAt: z.string(),
});
export type PipelineEntry = z.infer<typeof PipelineEntry>;
