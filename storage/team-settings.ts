import type { ScoutDB } from './db';
import { putSynced } from './synced-write';
import { SCORE_MODEL_KEY, ScoreModelChoice } from '../lib/model/team-settings';

/** Settings the whole team shares: written through the outbox like any synced row. */
export const teamSettingsRepo = {
  async get<T>(db: ScoutDB, key: string, fallback: T): Promise<T> {
    const row = await db.teamSettings.get(key);
    return row === undefined ? fallback : (row.value as T);
  },
  put: (db: ScoutDB, key: string, value: unknown, now: Date) => putSynced(db, 'teamSettings', key, { key, value, updatedAt: now.toISOString() }, now),

  /** The team's score model choice; "default" until someone chooses. */
  async scoreModel(db: ScoutDB): Promise<ScoreModelChoice> {
    return ScoreModelChoice.catch('default').parse(await teamSettingsRepo.get(db, SCORE_MODEL_KEY, 'default'));
  },
  setScoreModel: (db: ScoutDB, choice: ScoreModelChoice, now: Date) => teamSettingsRepo.put(db, SCORE_MODEL_KEY, choice, now),
};
