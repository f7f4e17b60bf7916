import { describe, expect, it } from 'vitest';
import { isDarkBackground } from '../../lib/theme';

describe('isDarkBackground', () => {
  it.each([
    ['rgb(18, 18, 18)', true], // TikTok dark
    ['rgb(22, 24, 35)', true],
    ['rgba(0, 0, 0, 1)', true],
    ['rgb(0 0 0 / 90%)', true],
    ['rgb(255, 255, 255)', false], // TikTok light
    ['rgb(241, 241, 242)', false],
    ['rgb(128, 128, 128)', false],
    ['rgba(0, 0, 0, 0)', undefined], // transparent: look further out
    ['transparent', undefined],
    ['oklch(50% 0 0)', undefined],
  ])('%s → %s', (css, dark) => expect(isDarkBackground(css)).toBe(dark));
});
