import { z } from '../zod';
import { ScoreModelChoice } from '../model/team-settings';

/** A fitted outcome model as plain data (lib/scoring/learn.ts ModelData); AUCs are NaN when not measurable. */
export const LearnedModelData = z.object({
  outcome: z.enum(['replied', 'posted', 'sold']),
  trusted: z.boolean(),
  reason: z.string(),
  n: z.number().int(),
  positives: z.number().int(),
  negatives: z.number().int(),
  auc: z.number().or(z.nan()),
  defaultAuc: z.number().or(z.nan()),
  explain: z.array(z.string()),
  effects: z.array(z.object({ group: z.enum(['reach', 'engagement', 'viewRate', 'activity', 'commerce', 'fit', 'channel']), importance: z.number(), direction: z.union([z.literal(1), z.literal(-1)]), measured: z.boolean() })),
  layout: z.string(),
  mean: z.array(z.number()),
  sd: z.array(z.number()),
  intercept: z.number(),
  weights: z.array(z.number()),
});

const LearnedReply = z.object({
  choice: ScoreModelChoice,
  fittedAt: z.string().optional(),
  models: z.array(LearnedModelData),
});
export type LearnedReply = z.infer<typeof LearnedReply>;

/** The learned score models (issue 17): read by the panel, refitted on request from Options and the dashboard. */
export const SCORE_MESSAGES = {
  'score.learned': { req: z.object({}).default({}), res: LearnedReply },
  'score.refit': { req: z.object({}).default({}), res: LearnedReply },
} as const;
