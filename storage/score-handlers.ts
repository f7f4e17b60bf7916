import type { ScoutDB } from './db';
import type { LearnedReply } from '../lib/messaging/protocol-score';
import { readLearned, refreshLearned, type LearnedCache } from './learned-models';
import { teamSettingsRepo } from './team-settings';

const reply = (choice: LearnedReply['choice'], cache: LearnedCache | undefined): LearnedReply => ({ choice, fittedAt: cache?.fittedAt, models: cache?.models ?? [] });

/** The background's answers to the score messages; fitting happens here, off every page's main thread. */
export function scoreHandlers(db: ScoutDB, now: () => Date) {
  return {
    'score.learned': async () => {
      const { choice, cache } = await readLearned(db);
      return reply(choice, cache);
    },
    'score.refit': async () => reply(await teamSettingsRepo.scoreModel(db), await refreshLearned(db, now(), 'force')),
  };
}
