import { describe, expect, it } from 'vitest';
import { parseCount, parseRate, toCount } from '../../lib/extract/counts';

describe('parseCount', () => {
  it.each([
    ['1.2M', 1_200_000],
    ['12.5K', 12_500],
    ['1,234', 1234],
    ['12,5 K', 12_500],
    ['1,2 Mio.', 1_200_000],
    ['48,7 mil', 48_700],
    ['12.3万', 123_000],
    ['1.2億', 120_000_000],
    ['1,2 jt', 1_200_000],
    ['120만', 1_200_000],
    ['3,4 тыс.', 3_400],
    ['2,5 млн', 2_500_000],
    ['1.5B', 1_500_000_000],
    ['1 234', 1234],
    ['1\u202f234', 1234],
    ['1.234.567', 1_234_567],
    ['184300', 184_300],
    ['0', 0],
    ['184.3K Followers', 184_300],
    ['4.2M\u00a0', 4_200_000],
    ['٣٤٥', 345],
    ['1,5 tr', 1_500_000],
    ['2,3 N', 2_300],
    ['5 แสน', 500_000],
  ])('%s → %d', (text, n) => expect(parseCount(text)).toBe(n));

  it.each(['', 'abc', 'K', '1.2x', '1..2.3', '-5', 'NaN'])('%j is not a count', (text) => expect(parseCount(text)).toBeUndefined());
});

describe('parseRate and toCount', () => {
  it('reads percentages as fractions', () => {
    expect(parseRate('11.2%')).toBeCloseTo(0.112);
    expect(parseRate('3,6 %')).toBeCloseTo(0.036);
    expect(parseRate('0.05')).toBeCloseTo(0.05);
    expect(parseRate('n/a')).toBeUndefined();
  });
  it('accepts numbers and statsV2 digit strings', () => {
    expect(toCount(184300)).toBe(184300);
    expect(toCount('4210000')).toBe(4_210_000);
    expect(toCount(-1)).toBeUndefined();
    expect(toCount(null)).toBeUndefined();
    expect(toCount(Number.NaN)).toBeUndefined();
  });
});

describe('parseCount fast path', () => {
  it('reads plain English counts exactly as the general path does', () => {
    // A leading space keeps a string off the fast path; the general path trims it.
    const samples = ['0', '7', '999', '1000', '1.234', '1.5', '12.3K', '10.5k', '3M', '1.25M', '2B', '999999999999', '1.2345K', '12K', '0.5M'];
    for (let i = 0; i < 500; i++) samples.push(`${(i * 7919) % 100_000}${i % 3 ? `.${i % 1000}` : ''}${['', 'K', 'M', 'b'][i % 4]}`);
    for (const s of samples) expect(parseCount(s), s).toBe(parseCount(` ${s}`));
  });
});
