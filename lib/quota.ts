import { z } from './zod';
import type { OutreachEvent } from './model/outreach';

/**
 * TikTok Shop caps target invitations and affiliate-IM messages per week by the shop's 30-day GMV tier,
 * resets them on Sunday (shop time), exempts creators already connected (who have replied), and allows
 * a few messages to a creator before they reply. The figures differ by region and change: presets are
 * starting points, every figure is editable in Options.
 */
export const QUOTA_TIERS = [
  { id: 'starter', label: 'Starter (30-day GMV under $1k)', invitesPerWeek: 200, messagesPerWeek: 200 },
  { id: 'growing', label: 'Growing ($1k–$10k)', invitesPerWeek: 500, messagesPerWeek: 500 },
  { id: 'established', label: 'Established ($10k–$100k)', invitesPerWeek: 1000, messagesPerWeek: 1000 },
  { id: 'top', label: 'Top (over $100k)', invitesPerWeek: 2000, messagesPerWeek: 2000 },
] as const;
export type QuotaTierId = (typeof QUOTA_TIERS)[number]['id'] | 'custom';

/** Shop regions and the time zone their week resets in. */
export const SHOP_TIME_ZONES: Record<string, string> = {
  US: 'America/Los_Angeles',
  GB: 'Europe/London',
  ID: 'Asia/Jakarta',
  MY: 'Asia/Kuala_Lumpur',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  PH: 'Asia/Manila',
  SG: 'Asia/Singapore',
};

export const QuotaSettings = z.object({
  tier: z.enum(['starter', 'growing', 'established', 'top', 'custom']).default('growing'),
  invitesPerWeek: z.number().int().min(0).max(1_000_000).default(500),
  messagesPerWeek: z.number().int().min(0).max(1_000_000).default(500),
  messagesBeforeReply: z.number().int().min(1).max(100).default(5),
  timeZone: z.string().min(1).max(64).default('America/Los_Angeles'),
  /** Warn before an invitation spends quota on a creator scoring below this (0 = never warn). */
  lowScoreWarning: z.number().int().min(0).max(100).default(40),
});
export type QuotaSettings = z.infer<typeof QuotaSettings>;
export const QUOTA_SETTINGS_KEY = 'quota.settings';

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAY: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function wallClock(t: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  return { y: +parts.year!, m: +parts.month!, d: +parts.day!, h: +parts.hour!, min: +parts.minute!, s: +parts.second!, wd: WEEKDAY[parts.weekday!] ?? 0 };
}

/** Offset of a zone from UTC at instant t, in ms. */
function offsetAt(t: number, timeZone: string): number {
  const w = wallClock(t, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(t / 1000) * 1000;
}

/** The instant the current quota week began: last Sunday 00:00 in the shop's time zone (UTC if unknown). */
export function weekStart(now: Date, timeZone: string): Date {
  const tz = validTimeZone(timeZone) ? timeZone : 'UTC';
  const w = wallClock(now.getTime(), tz);
  const localMidnight = Date.UTC(w.y, w.m - 1, w.d - w.wd);
  // Wall time → instant: subtract the offset, then correct once more across a DST change.
  let t = localMidnight - offsetAt(localMidnight, tz);
  t = localMidnight - offsetAt(t, tz);
  return new Date(t);
}

type Ev = Pick<OutreachEvent, 'handle' | 'at' | 'channel' | 'direction'>;

export interface QuotaUsage {
  weekStart: string;
  invites: { used: number; limit: number };
  messages: { used: number; limit: number };
}

/** When each creator first replied (any inbound event): from then on they are connected, and exempt. */
export function firstReplies(events: Ev[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) if (e.direction === 'in' && (!out.has(e.handle) || e.at < out.get(e.handle)!)) out.set(e.handle, e.at);
  return out;
}

/**
 * This week's use: outbound invitations (one per creator invited) and affiliate-IM messages, logged by
 * themselves or by hand, not counting creators who had replied before (connected).
 */
export function quotaUsage(events: Ev[], now: Date, settings: QuotaSettings): QuotaUsage {
  const start = weekStart(now, settings.timeZone).toISOString();
  const replied = firstReplies(events);
  const counts = (channel: Ev['channel']) =>
    events.filter((e) => e.channel === channel && e.direction === 'out' && e.at >= start && !(replied.get(e.handle) && replied.get(e.handle)! < e.at)).length;
  return {
    weekStart: start,
    invites: { used: counts('seller_center_invite'), limit: settings.invitesPerWeek },
    messages: { used: counts('seller_center_im'), limit: settings.messagesPerWeek },
  };
}

/** Messages to one creator before they replied: TikTok allows `messagesBeforeReply` of them. */
export function messagesBeforeReply(events: Ev[], settings: Pick<QuotaSettings, 'messagesBeforeReply'>): { used: number; limit: number; replied: boolean } {
  const replied = events.some((e) => e.direction === 'in');
  const used = replied ? 0 : events.filter((e) => e.direction === 'out' && e.channel === 'seller_center_im').length;
  return { used, limit: settings.messagesBeforeReply, replied };
}

/** Should the recruiter be warned before spending an invitation on this creator? */
export function lowScoreWarning(score: number | undefined, settings: Pick<QuotaSettings, 'lowScoreWarning'>): boolean {
  return settings.lowScoreWarning > 0 && score !== undefined && score < settings.lowScoreWarning;
}
