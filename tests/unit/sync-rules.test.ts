import { describe, expect, it } from 'vitest';
import { createHlcClock, formatHlc, parseHlc } from '../../lib/sync/hlc';
import { mergeMutation, rowHlc, type MergeInput } from '../../lib/sync/merge';
import { backoffMs } from '../../lib/sync/backoff';
import { HLC_PATTERN } from '../../lib/sync/wire';
import { MAX_CLOCK_SKEW_MS } from '../../lib/sync/limits';

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

describe('clock discipline (issue 14 finding 1)', () => {
  it('never lets the counter outgrow 5 digits: on overflow the wall part advances', () => {
    const clock = createHlcClock('me', () => 1000, formatHlc({ wallMs: 1000, counter: 99_998, clientId: 'x' }));
    expect(clock.now()).toBe('000000000001000:99999:me');
    expect(clock.now()).toBe('000000000001001:00000:me');
    let last = '';
    for (let i = 0; i < 200_000; i++) last = clock.now();
    expect(last).toMatch(HLC_PATTERN);
    expect(last).toBe('000000000001003:00000:me');
  });

  it('does not adopt a stamp beyond its own clock plus the bound, from a teammate or from its own past', () => {
    const wall = 10_000_000;
    const clock = createHlcClock('me', () => wall);
    expect(clock.receive(formatHlc({ wallMs: wall + MAX_CLOCK_SKEW_MS + 1, counter: 0, clientId: 'fast' }))).toBe(false);
    expect(clock.receive('999999999999999:99999:evil')).toBe(false);
    expect(parseHlc(clock.now())!.wallMs).toBe(wall);
    expect(clock.receive(formatHlc({ wallMs: wall + 30_000, counter: 4, clientId: 'ok' }))).toBe(true);
    expect(parseHlc(clock.now())).toEqual({ wallMs: wall + 30_000, counter: 5, clientId: 'me' });
    // A client that once adopted an absurd stamp starts again from its wall clock instead of wedging.
    const healed = createHlcClock('me', () => wall, '999999999999999:99999:me');
    expect(healed.now()).toMatch(/^000000010000000:00000:me$/);
  });
});

describe('per-field merge', () => {
  // Whole rows carry every field their table requires; a partial update carries a few.
  const row = (fields: Record<string, unknown>) => ({ stage: 'prospect', addedAt: 'a', updatedAt: 'u', ...fields });
  const put = (fields: Record<string, unknown>, hlc: string, table = 'pipeline' as const) => ({ table, key: 'mara', op: 'put' as const, fields, hlc });
  const del = (hlc: string) => ({ table: 'pipeline' as const, key: 'mara', op: 'delete' as const, fields: {}, hlc });
  const fold = (ms: MergeInput[], order: number[]) => order.reduce((r, i) => mergeMutation(r, ms[i]!) ?? r, undefined as ReturnType<typeof mergeMutation>);

  it('converges to the same row whatever order the same mutations arrive in', () => {
    const ms = [put(row({ notes: 'a', owner: 'x' }), '1'), put({ owner: 'y' }, '3'), put({ notes: 'c', tags: ['t'] }, '2'), del('25'), put(row({ notes: 'd' }), '4')];
    const orders = [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [3, 4, 0, 2, 1]];
    const results = orders.map((o) => fold(ms, o));
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]!.deleted).toBe(false);
    expect(results[0]!.fields).toEqual(row({ notes: 'd', owner: 'y' }));
    expect(rowHlc(results[0]!)).toBe('4');
  });

  it('reports no change for stale writes', () => {
    const r = mergeMutation(undefined, put(row({ notes: 'a' }), '5'))!;
    expect(mergeMutation(r, put({ notes: 'b' }, '4'))).toBeUndefined();
    expect(mergeMutation(mergeMutation(r, del('6')), put(row({ notes: 'c' }), '6'))).toBeUndefined();
  });

  // Issue 14 finding 6: a delete racing a partial update left half a row ({name, updatedAt}).
  it('a delete is the whole row: a partial update after it never brings back half a row, in either order', () => {
    const list = (fields: Record<string, unknown>, hlc: string) => ({ table: 'lists' as const, key: 'l1', op: 'put' as const, fields, hlc });
    const create = list({ id: 'l1', name: 'Holiday', createdAt: 'c', updatedAt: 'c' }, '1');
    const rename = list({ name: 'Renamed', updatedAt: 'r' }, '3');
    const remove = { table: 'lists' as const, key: 'l1', op: 'delete' as const, fields: {}, hlc: '2' };
    for (const order of [[create, rename, remove], [create, remove, rename], [remove, rename, create], [rename, create, remove]]) {
      const r = order.reduce((s, m) => mergeMutation(s, m) ?? s, undefined as ReturnType<typeof mergeMutation>)!;
      expect(r.deleted).toBe(true);
      expect(r.deletedHlc).toBe('2');
    }
    // A whole put after the delete brings it back, as that whole row.
    const back = list({ id: 'l1', name: 'Again', createdAt: 'c2', updatedAt: 'c2' }, '4');
    const r = [create, rename, remove, back].reduce((s, m) => mergeMutation(s, m) ?? s, undefined as ReturnType<typeof mergeMutation>)!;
    expect(r).toMatchObject({ deleted: false, fields: { id: 'l1', name: 'Again', createdAt: 'c2', updatedAt: 'c2' } });
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
