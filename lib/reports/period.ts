import type { ReportFilter } from './schema';

/** The UTC calendar day of an ISO time (or a YYYY-MM-DD date), as YYYY-MM-DD. */
export const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10);

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

/** The Monday (UTC) of the week holding a time, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
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
