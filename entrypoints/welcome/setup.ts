import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { ME_KEY, SCORE_SETTINGS_KEY } from '../../storage/handlers';
import { getSyncConfig } from '../../storage/sync-engine';
import { connectSync as connect } from '../../storage/connect-sync';
import { ScoreSettings } from '../../lib/model/score';
import type { Tier } from '../../lib/model/tier';
import { DEFAULT_TARGET_TIERS } from '../../lib/scoring/defaults';
import { t } from '../../lib/i18n/t';
import { isLoopbackHost } from '../../lib/server-url';

/**
 * What the first-run steps read and write: the same settings rows, through the same repositories, as the
 * options page (your name, the score's keywords and target tiers, the sync server). Each save returns an
 * error that names its field, or undefined when it was saved.
 */
export const NAME_MAX = 80;
export const KEYWORDS_MAX = 100;

export interface SetupValues {
  name: string;
  keywords: string[];
  tiers: Tier[];
  syncUrl?: string;
}

export async function loadSetup(db: ScoutDB): Promise<SetupValues> {
  const [name, score, sync] = await Promise.all([settingsRepo.get(db, ME_KEY, ''), readScore(db), getSyncConfig(db)]);
  return { name, keywords: score.keywords ?? [], tiers: score.targetTiers?.length ? score.targetTiers : DEFAULT_TARGET_TIERS, syncUrl: sync?.url };
}

async function readScore(db: ScoutDB): Promise<ScoreSettings> {
  return ScoreSettings.catch({}).parse(await settingsRepo.get(db, SCORE_SETTINGS_KEY, {}));
}

/** Keywords as typed: comma separated (also the Japanese and Chinese comma), trimmed, no repeats. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,，、]/)
    .map((k) => k.trim())
    .filter((k) => k && !seen.has(k.toLowerCase()) && seen.add(k.toLowerCase()));
}

export async function saveName(db: ScoutDB, raw: string): Promise<string | undefined> {
  const name = raw.trim();
  if (name.length > NAME_MAX) return t('welcome.name.tooLong', { max: NAME_MAX });
  await settingsRepo.put(db, ME_KEY, name);
  return undefined;
}

/** Writes one part of the score settings and keeps the rest (weights, neutral value) as the options page left them. */
async function mergeScore(db: ScoutDB, patch: Partial<ScoreSettings>): Promise<boolean> {
  const parsed = ScoreSettings.safeParse({ ...(await readScore(db)), ...patch });
  if (!parsed.success) return false;
  await settingsRepo.put(db, SCORE_SETTINGS_KEY, parsed.data);
  return true;
}

export async function saveKeywords(db: ScoutDB, text: string): Promise<string | undefined> {
  const keywords = parseKeywords(text);
  if (keywords.length > KEYWORDS_MAX) return t('welcome.keywords.tooMany', { max: KEYWORDS_MAX, count: keywords.length });
  return (await mergeScore(db, { keywords })) ? undefined : t('welcome.keywords.invalid');
}

export async function saveTiers(db: ScoutDB, tiers: Tier[]): Promise<string | undefined> {
  if (!tiers.length) return t('welcome.tiers.none');
  return (await mergeScore(db, { targetTiers: tiers })) ? undefined : t('welcome.tiers.none');
}

export interface SyncOutcome {
  ok: boolean;
  /** The sentence to show: success, or what went wrong, naming the field when a field is wrong. */
  text: string;
  /** The field to send the focus to when it is wrong. */
  field?: 'url' | 'token';
}

/** Why a field was refused, in the reader's language (the schema's own messages are for logs and the server). */
function problemText(field: 'url' | 'token', value: string): string {
  if (!value) return t('welcome.sync.required');
  if (field === 'token') return t('welcome.sync.badToken');
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return t('welcome.sync.notUrl');
  }
  if (u.protocol === 'http:' && !isLoopbackHost(u.hostname)) return t('welcome.sync.needHttps', { host: u.hostname });
  return t('welcome.sync.badUrl');
}

/**
 * Saves the team server as the options page does (storage/connect-sync.ts), worded for this page: a
 * wrong or refused field is named and focused; a failed first sync still leaves the server saved.
 */
export async function connectSync(
  db: ScoutDB,
  input: { url: string; token: string },
  requestOrigin: (pattern: string) => Promise<boolean>,
  syncNow: () => Promise<{ lastError?: string }>,
): Promise<SyncOutcome> {
  const r = await connect(db, input, requestOrigin, syncNow);
  switch (r.kind) {
    case 'invalid': {
      const label = r.field === 'token' ? t('welcome.sync.token') : t('welcome.sync.url');
      return { ok: false, field: r.field, text: t('welcome.sync.fieldError', { field: label, problem: problemText(r.field, input[r.field].trim()) }) };
    }
    case 'refused':
      return { ok: false, field: 'url', text: t('welcome.sync.refused', { origin: r.origin, error: r.error }) };
    case 'denied':
      return { ok: false, field: 'url', text: t('welcome.sync.denied') };
    case 'saved':
      return r.lastError ? { ok: false, text: t('welcome.sync.failed', { error: r.lastError }) } : { ok: true, text: t('welcome.sync.ok') };
    case 'notStarted':
      return { ok: false, text: t('welcome.sync.notStarted', { error: r.error }) };
  }
}
