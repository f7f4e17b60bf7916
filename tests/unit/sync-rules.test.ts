import { describe, expect, it } from 'vitest';
import { createHlcClock, formatHlc, parseHlc } from '../../lib/sync/hlc';
import { mergeMutation, rowHlc } from '../../lib/sync/merge';
import { backoffMs } from '../../lib/sync/backoff';

describe('hybrid logical clock', () => {
  it('formats stamps that sort as strings in time order', () => {
    const a = formatHlc({ wallMs: 999, counter: 2, clientId: 'z' });
    const b = formatHlc({ wallMs: 1000, counter: 0, clientId: 'a' });
    expect(a).toBe('000000000000999:00002:z');
    expect(a < b).toBe(true);
    expect(parseHlc(b)).toEqual({ wallMs: 1000, counter: 0, clientId: 'a' });
    expect(parseHlc('nope')).toBeUndefined();
  });

  it('never goes backwards, even when the wall clock does, and moves past stamps it receives', () => {
    let wall = 5000;
    const clock = createHlcClock('me', () => wall);
    const s1 = clock.now();
    wall = 4000;
    const s2 = clock.now();
    expect(s2 > s1).toBe(true);
    clock.receive(formatHlc({ wallMs: 9000, counter: 7, clientId: 'other' }));
    const s3 = clock.now();
    expect(parseHlc(s3)).toEqual({ wallMs: 9000, counter: 8, clientId: 'me' });
  });
});

describe('per-field merge', () => {
  const put = (fields: Record<string, unknown>, hlc: string, table = 'pipeline' as const) => ({ table, op: 'put' as const, fields, hlc });
  const del = (hlc: string) => ({ table: 'pipeline' as const, op: 'delete' as const, fields: {}, hlc });

  it('converges to the same row whatever order the same mutations arrive in', () => {
    const ms = [put({ a: 1, b: 1 }, '1'), put({ b: 2 }, '3'), put({ a: 3, c: 3 }, '2'), del('25'), put({ d: 4 }, '4')];
    const orders = [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [3, 4, 0, 2, 1]];
    const results = orders.map((o) => o.reduce((row, i) => mergeMutation(row, ms[i]!) ?? row, undefined as ReturnType<typeof mergeMutation>));
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]!.fields).toEqual({ b: 2, d: 4 });
    expect(rowHlc(results[0]!)).toBe('4');
  });

  it('reports no change for stale writes', () => {
    const row = mergeMutation(undefined, put({ a: 1 }, '5'))!;
    expect(mergeMutation(row, put({ a: 0 }, '4'))).toBeUndefined();
    expect(mergeMutation(mergeMutation(row, del('6')), put({ a: 2 }, '6'))).toBeUndefined();
  });
});

describe('backoff', () => {
  it('doubles from 5 s with jitter and caps at 30 minutes', () => {
    expect(backoffMs(1, 1)).toBe(5000);
    expect(backoffMs(1, 0)).toBe(2500);
    expect(backoffMs(4, 1)).toBe(40_000);
    expect(backoffMs(30, 1)).toBe(1_800_000);
  });
});
