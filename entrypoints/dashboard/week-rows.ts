import { CHANNELS, type Channel } from '../../lib/model/outreach';
import type { Report } from '../../lib/reports';

export interface WeekRow {
  week: string;
  counts: Partial<Record<Channel, number>>;
  total: number;
}

/** Sends by week as one row per week, and the channels that were used at all (the rest take no space). */
export function weekRows(byWeek: Report['sends']['byWeek']): { rows: WeekRow[]; channels: Channel[] } {
  const rows = new Map<string, WeekRow>();
  for (const w of byWeek) {
    const row = rows.get(w.week) ?? { week: w.week, counts: {}, total: 0 };
    row.counts[w.channel] = (row.counts[w.channel] ?? 0) + w.count;
    row.total += w.count;
    rows.set(w.week, row);
  }
  const used = new Set(byWeek.map((w) => w.channel));
  return { rows: [...rows.values()].sort((a, b) => a.week.localeCompare(b.week)), channels: CHANNELS.filter((c) => used.has(c)) };
}
