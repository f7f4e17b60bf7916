import type { ScoutDB } from './db';
import { QUOTA_SETTINGS_KEY, QuotaSettings, quotaUsage, weekStart, type QuotaUsage } from '../lib/quota';
import { settingsRepo } from './settings';

export async function quotaSettings(db: ScoutDB): Promise<QuotaSettings> {
  const stored = QuotaSettings.safeParse(await settingsRepo.get(db, QUOTA_SETTINGS_KEY, {}));
  return stored.success ? stored.data : QuotaSettings.parse({});
}

/**
 * This week's invitation and message use, from the `at` index: only this week's events and the replies
 * of the creators they concern are read, never the whole log.
 */
export async function readQuotaUsage(db: ScoutDB, now: Date): Promise<QuotaUsage> {
  const settings = await quotaSettings(db);
  return db.transaction('r', db.outreach, async () => {
    const start = weekStart(now, settings.timeZone).toISOString();
    const week = await db.outreach.where('at').aboveOrEqual(start).toArray();
    const handles = [...new Set(week.filter((e) => e.direction === 'out').map((e) => e.handle))];
    const replies = handles.length ? await db.outreach.where('handle').anyOf(handles).filter((e) => e.direction === 'in').toArray() : [];
    return quotaUsage([...week.filter((e) => e.direction === 'out'), ...replies], now, settings);
  });
}
