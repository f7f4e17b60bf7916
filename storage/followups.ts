import type { ScoutDB } from './db';
import { pipelineRepo } from './pipeline';

/** Settings key of the daily reminder's local time ("09:00"). */
export const REMINDER_TIME_KEY = 'reminders.time';

/** End of the local day of `now`, as an ISO instant: "due today" means at or before it. */
export function endOfDay(now: Date): string {
  const d = new Date(now);
  d.setHours(23, 59, 59, 999);
  return d.toISOString();
}

export const followUpsRepo = {
  /** Entries whose next follow-up is at or before `untilIso`, soonest first, from the index. */
  due: (db: ScoutDB, untilIso: string, limit = 200) => db.pipeline.where('nextFollowUpAt').belowOrEqual(untilIso).limit(limit).toArray(),
  countDue: (db: ScoutDB, untilIso: string) => db.pipeline.where('nextFollowUpAt').belowOrEqual(untilIso).count(),
  /** Done: the follow-up is cleared (and the clear syncs, as a null on the wire). */
  done: (db: ScoutDB, handle: string, now: Date) => pipelineRepo.update(db, handle, { nextFollowUpAt: undefined }, now),
  snooze: (db: ScoutDB, handle: string, days: number, now: Date) => {
    const until = new Date(now.getTime() + days * 86_400_000);
    until.setHours(9, 0, 0, 0);
    return pipelineRepo.update(db, handle, { nextFollowUpAt: until.toISOString() }, now);
  },
};
