import { describe, expect, it } from 'vitest';
import { lowScoreWarning, messagesBeforeReply, QuotaSettings, quotaUsage, weekStart } from '../../lib/quota';

const S = QuotaSettings.parse({ invitesPerWeek: 300, messagesPerWeek: 100 });

describe('weekStart', () => {
  it('is last Sunday 00:00 in the shop time zone', () => {
    // Wed 25 Nov 2026 13:00 UTC: Los Angeles week began Sun 22 Nov 00:00 PST = 08:00 UTC.
    expect(weekStart(new Date('2026-11-25T13:00:00Z'), 'America/Los_Angeles').toISOString()).toBe('2026-11-22T08:00:00.000Z');
    // Jakarta (UTC+7): Sun 22 Nov 00:00 WIB = Sat 21 Nov 17:00 UTC.
    expect(weekStart(new Date('2026-11-25T13:00:00Z'), 'Asia/Jakarta').toISOString()).toBe('2026-11-21T17:00:00.000Z');
    // London in summer time: Sun 28 Jun 2026 00:00 BST = Sat 27 Jun 23:00 UTC.
    expect(weekStart(new Date('2026-07-01T12:00:00Z'), 'Europe/London').toISOString()).toBe('2026-06-27T23:00:00.000Z');
  });
  it('resets at the Sunday boundary, not before', () => {
    // Sat 21 Nov 23:59 in Jakarta = 16:59 UTC: still the previous week.
    expect(weekStart(new Date('2026-11-21T16:59:00Z'), 'Asia/Jakarta').toISOString()).toBe('2026-11-14T17:00:00.000Z');
    expect(weekStart(new Date('2026-11-21T17:00:00Z'), 'Asia/Jakarta').toISOString()).toBe('2026-11-21T17:00:00.000Z');
  });
  it('a week that crosses a DST change still starts at local midnight (US fall back 1 Nov 2026)', () => {
    expect(weekStart(new Date('2026-11-04T12:00:00Z'), 'America/Los_Angeles').toISOString()).toBe('2026-11-01T07:00:00.000Z');
  });
  it('an unknown zone falls back to UTC', () => {
    expect(weekStart(new Date('2026-11-25T13:00:00Z'), 'Mars/Olympus').toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
});

describe('quotaUsage', () => {
  const now = new Date('2026-11-25T13:00:00Z');
  const ev = (handle: string, at: string, channel: 'seller_center_invite' | 'seller_center_im', direction: 'out' | 'in' = 'out') => ({ handle, at, channel, direction });
  it('counts this week’s invitations and messages, auto or manual, and exempts connected creators', () => {
    const events = [
      ev('a', '2026-11-23T10:00:00.000Z', 'seller_center_invite'),
      ev('b', '2026-11-23T10:00:00.000Z', 'seller_center_invite'),
      ev('c', '2026-11-20T10:00:00.000Z', 'seller_center_invite'), // last week
      ev('d', '2026-11-10T10:00:00.000Z', 'seller_center_im', 'in'), // d replied before: connected
      ev('d', '2026-11-24T10:00:00.000Z', 'seller_center_invite'),
      ev('a', '2026-11-24T11:00:00.000Z', 'seller_center_im'),
      ev('d', '2026-11-24T11:00:00.000Z', 'seller_center_im'),
    ];
    expect(quotaUsage(events, now, S)).toEqual({ weekStart: '2026-11-22T08:00:00.000Z', invites: { used: 2, limit: 300 }, messages: { used: 1, limit: 100 } });
  });
  it('messages before a reply: counts to 5, and a reply lifts it', () => {
    const out = Array.from({ length: 3 }, (_, i) => ev('a', `2026-11-2${i}T10:00:00.000Z`, 'seller_center_im'));
    expect(messagesBeforeReply(out, S)).toEqual({ used: 3, limit: 5, replied: false });
    expect(messagesBeforeReply([...out, ev('a', '2026-11-24T10:00:00.000Z', 'seller_center_im', 'in')], S)).toEqual({ used: 0, limit: 5, replied: true });
  });
  it('warns below the threshold only', () => {
    expect(lowScoreWarning(30, S)).toBe(true);
    expect(lowScoreWarning(40, S)).toBe(false);
    expect(lowScoreWarning(undefined, S)).toBe(false);
    expect(lowScoreWarning(10, { lowScoreWarning: 0 })).toBe(false);
  });
});
