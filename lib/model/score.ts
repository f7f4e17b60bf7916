import { z } from '../zod';
import { Tier } from './tier';

export const COMPONENT_KEYS = ['reach', 'engagement', 'viewRate', 'activity', 'commerce', 'fit'] as const;
export const ComponentKey = z.enum(COMPONENT_KEYS);
export type ComponentKey = z.infer<typeof ComponentKey>;

export const ScoreSettings = z.object({
  keywords: z.array(z.string().trim().min(1)).max(100).optional(),
  targetTiers: z.array(Tier).optional(),
  weights: z.partialRecord(ComponentKey, z.number().min(0).max(10)).optional(),
  /** What a component that cannot be judged counts as (0..1; 0.5 when absent): missing is never zero. */
  neutral: z.number().min(0).max(1).optional(),
});
export type ScoreSettings = z.infer<typeof ScoreSettings>;

export const ScoreComponent = z.object({
  key: ComponentKey,
  label: z.string(),
  value: z.number().min(0).max(1),
  weight: z.number(),
  detail: z.string(),
});
export type ScoreComponent = z.infer<typeof ScoreComponent>;

export const ScoreResult = z.object({
  score: z.number().int().min(0).max(100),
  confidence: z.number().min(0).max(1),
  tier: Tier.optional(),
  components: z.array(ScoreComponent),
  /** Components that could not be judged for lack of data, with the reason: shown as "not available". */
  missing: z.array(z.object({ key: ComponentKey, label: z.string(), reason: z.string() })),
});
export type ScoreResult = z.infer<typeof ScoreResult>;
