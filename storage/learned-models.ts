import type { ScoutDB } from './db';
import { settingsRepo } from './settings';
import { teamSettingsRepo } from './team-settings';
import { SCORE_SETTINGS_KEY } from './handlers';
import { ScoreSettings } from '../lib/model/score';
import type { ScoreModelChoice } from '../lib/model/team-settings';
import { buildExamples, labelCount, type TeamHistory } from '../lib/scoring/examples';
import { learnFromOutcomes, OUTCOMES, type ModelData } from '../lib/scoring/learn';
import { FEATURE_LAYOUT } from '../lib/scoring/features';

/** Where this install keeps the models it fitted (local: every teammate fits the same synced data alike). */
export const LEARNED_KEY = 'score.learned';

export interface LearnedCache {
  fittedAt: string;
  /** Labels (outcomes known) the fit saw: a refit is due when the count moves by a tenth. */
  labels: number;
  layout: string;
  /** The score settings the features were read with (brand keywords feed the fit component). */
  settings: string;
  /** Row counts and the last pipeline update when last checked: unchanged means nothing to reread. */
  fingerprint?: string;
  models: ModelData[];
}

/** What Options, the dashboard and the panel need: the team's choice and the models, fitted or not. */
export interface LearnedState {
  choice: ScoreModelChoice;
  cache?: LearnedCache;
}

/** A refit is due when labelled examples grew or shrank by this share since the last fit. */
export const REFIT_SHARE = 0.1;

/** The team's history of contacted creators, read in one transaction. */
export async function loadHistory(db: ScoutDB): Promise<TeamHistory> {
  // stageChanges exists once the reports work has landed; without it, current stages stand in.
  const stageTable = db.tables.find((t) => t.name === 'stageChanges');
  const tables = [db.pipeline, db.outreach, db.samples, db.performance, db.creators, ...(stageTable ? [stageTable] : [])];
  return db.transaction('r', tables, async () => {
    const pipeline = await db.pipeline.toArray();
    const creators = (await db.creators.bulkGet(pipeline.map((p) => p.handle))).filter((c) => c !== undefined);
    return {
      pipeline,
      outreach: await db.outreach.toArray(),
      samples: await db.samples.toArray(),
      performance: await db.performance.toArray(),
      creators,
      stageChanges: stageTable ? ((await stageTable.toArray()) as TeamHistory['stageChanges']) : undefined,
    };
  });
}

/**
 * A cheap sign that the history changed: table sizes and the newest pipeline update (every stage move
 * updates it), read from indexes without loading rows.
 */
async function fingerprint(db: ScoutDB): Promise<string> {
  const stageTable = db.tables.find((t) => t.name === 'stageChanges');
  const counts = await Promise.all([db.pipeline, db.outreach, db.samples, db.performance, db.creators, ...(stageTable ? [stageTable] : [])].map((t) => t.count()));
  const last = await db.pipeline.orderBy('updatedAt').last();
  return `${counts.join(',')}|${last?.updatedAt ?? ''}`;
}

export async function readLearned(db: ScoutDB): Promise<LearnedState> {
  const cache = await settingsRepo.get<LearnedCache | undefined>(db, LEARNED_KEY, undefined);
  return { choice: await teamSettingsRepo.scoreModel(db), cache: cache?.layout === FEATURE_LAYOUT ? cache : undefined };
}

/**
 * Refit the outcome models when the labelled history moved materially (or the settings or the feature
 * layout changed), else keep the cached fit. Runs in the background, never on a page or the popup.
 * `check`: "quick" rereads the history only when its fingerprint changed (the worker wakes often),
 * "full" always rereads it (hourly: samples marked posted change no count), "force" always refits.
 */
export async function refreshLearned(db: ScoutDB, now: Date, check: 'quick' | 'full' | 'force' = 'full'): Promise<LearnedCache> {
  const settings = ScoreSettings.catch({}).parse(await settingsRepo.get(db, SCORE_SETTINGS_KEY, {}));
  const settingsKey = JSON.stringify(settings);
  const cached = (await readLearned(db)).cache;
  const print = await fingerprint(db);
  const sameSettings = cached?.settings === settingsKey;
  if (check === 'quick' && cached && sameSettings && cached.fingerprint === print) return cached;
  const examples = buildExamples(await loadHistory(db), now.toISOString());
  const labels = labelCount(examples);
  if (check !== 'force' && cached && sameSettings && Math.abs(labels - cached.labels) < REFIT_SHARE * Math.max(cached.labels, 1)) {
    if (cached.fingerprint !== print) await settingsRepo.put(db, LEARNED_KEY, { ...cached, fingerprint: print });
    return { ...cached, fingerprint: print };
  }
  const fitted = learnFromOutcomes(examples, settings);
  const models = OUTCOMES.flatMap((o) => {
    const m = fitted[o];
    if (!m) return [];
    const { predict: _predict, ...data } = m;
    return [data];
  });
  const cache: LearnedCache = { fittedAt: now.toISOString(), labels, layout: FEATURE_LAYOUT, settings: settingsKey, fingerprint: print, models };
  await settingsRepo.put(db, LEARNED_KEY, cache);
  return cache;
}
