import { z } from '../zod';

/**
 * A setting the whole team shares (synced like the pipeline; local preferences stay in `settings`).
 * One row per key; the value is parsed by whoever reads that key.
 */
export const TeamSetting = z.object({ key: z.string().min(1).max(100), value: z.unknown(), updatedAt: z.string() });
export type TeamSetting = z.infer<typeof TeamSetting>;

/** Which score the team ranks creators by: ours, or the one learned from the team's outcomes (when trusted). */
export const SCORE_MODEL_KEY = 'score.model';
export const ScoreModelChoice = z.enum(['default', 'learned']);
export type ScoreModelChoice = z.infer<typeof ScoreModelChoice>;
