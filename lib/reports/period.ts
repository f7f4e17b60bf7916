import type { ReportFilter } from './schema';

/** The UTC calendar day of an ISO time (or a YYYY-MM-DD date), as YYYY-MM-DD. */
export function dayOf(iso: string): string {
  // Stored times are toISOString() output (24 characters ending in Z): their first ten characters are the
  // UTC day. This runs for every event of a 400k-event report, so no Date unless the time has an offset.
  return (iso.length === 24 && iso.charCodeAt(23) === 90) || iso.length === 10 ? iso.slice(0, 10) : new Date(iso).toISOString().slice(0, 10);
}

/** Whether a time falls inside the filter's period, both ends inclusive, by UTC calendar day. */
export function inPeriod(iso: string | undefined, f: ReportFilter): boolean {
  if (!iso) return false;
  const d = dayOf(iso);
  return (!f.from || d >= f.from) && (!f.to || d <= f.to);
}

/** Whether [start, end] (days) overlaps the filter's period. */
export function overlaps(start: string, end: string, f: ReportFilter): boolean {
  return (!f.to || dayOf(start) <= f.to) && (!f.from || dayOf(end) >= f.from);
}

const weeks = new Map<string, string>();
/** The Monday (UTC) of the week holding a time, as YYYY-MM-DD (remembered per day: a report asks per event). */
export function weekOf(iso: string): string {
  const day = dayOf(iso);
  let week = weeks.get(day);
  if (week === undefined) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    week = d.toISOString().slice(0, 10);
    if (weeks.size > 20_000) weeks.clear();
    weeks.set(day, week);
  }
  return week;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export { addDays };

/** The period of the same length just before [from, to]: what the weekly report compares with. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** The owner as the filter compares it: trimmed, case-insensitive. */
export const ownerKey = (owner: string | undefined) => (owner ?? '').trim().toLowerCase();
