import { describe, expect, it } from 'vitest';
import { dateTime, shortDate } from '../../lib/format';

describe('dates for people', () => {
  it('a timestamp that is not a number reads "not available" instead of throwing (it went through toISOString)', () => {
    expect(dateTime(Number.NaN)).toBe('not available');
    expect(dateTime(undefined)).toBe('not available');
    expect(dateTime('')).toBe('not available');
  });

  it('a timestamp and its ISO text read the same, the epoch included', () => {
    expect(dateTime(0)).toBe(dateTime(new Date(0).toISOString()));
    expect(dateTime(Date.UTC(2026, 10, 25, 12))).toBe(dateTime('2026-11-25T12:00:00.000Z'));
    expect(shortDate('2026-11-25T23:30:00.000Z')).toBe('Nov 25, 2026');
  });
});
