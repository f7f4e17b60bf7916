import { labels } from '../i18n/t';
import { addDays, previousPeriod, weekOf } from './period';

export const PRESETS = ['this_week', 'last_week', 'last_4_weeks', 'this_month', 'all_time', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];
export const PRESET_LABEL = labels(PRESETS, 'common.preset');

export interface Period {
  from?: string;
  to?: string;
  /** What the period is compared with: the one just before it (the month before for a month). */
  previous?: { from: string; to: string };
}

/**
 * The days of a preset around `today` (YYYY-MM-DD, UTC). Weeks run Monday to Sunday; "last 4 weeks" is
 * this week and the three before it; "this month" is the calendar month, compared with the month before.
 */
export function presetPeriod(preset: Preset, today: string, custom: { from?: string; to?: string } = {}): Period {
  const monday = weekOf(`${today}T00:00:00Z`);
  const span = (from: string, to: string): Period => ({ from, to, previous: previousPeriod(from, to) });
  switch (preset) {
    case 'this_week':
      return span(monday, addDays(monday, 6));
    case 'last_week':
      return span(addDays(monday, -7), addDays(monday, -1));
    case 'last_4_weeks':
      return span(addDays(monday, -21), addDays(monday, 6));
    case 'this_month': {
      const first = `${today.slice(0, 7)}-01`;
      const last = addDays(`${new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1)).toISOString().slice(0, 10)}`, -1);
      const prevLast = addDays(first, -1);
      return { from: first, to: last, previous: { from: `${prevLast.slice(0, 7)}-01`, to: prevLast } };
    }
    case 'all_time':
      return {};
    case 'custom':
      return custom.from && custom.to && custom.from <= custom.to ? span(custom.from, custom.to) : { from: custom.from, to: custom.to };
  }
}
