import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { setMessages } from '../../lib/i18n/t';
import { messagesFor } from '../setup/i18n-catalog';
import { FirstScreen } from '../../entrypoints/popup/FirstScreen';
import { ScoreBreakdown } from '../../components/ScoreBreakdown';
import { scoreCreator } from '../../lib/scoring';
import type { PipelineRow } from '../../lib/pipeline/row';

const row = (i: number): PipelineRow =>
  ({ handle: `c${i}`, nickname: `Name ${i}`, followers: 1_234_567, tier: 'macro', score: 70, stage: 'contacted', owner: 'alex', tags: [], nextFollowUpAt: '2026-11-25T09:00:00.000Z', updatedAt: '2026-11-24T00:00:00.000Z', outreachCount: 0 }) as unknown as PipelineRow;

describe('the popup and panel in another language', () => {
  afterEach(async () => {
    cleanup();
    setMessages(await messagesFor('en'));
  });

  it('German: the first screen reads German, with German numbers and dates', async () => {
    setMessages(await messagesFor('de'));
    render(<FirstScreen rows={[row(1), row(2)]} />);
    expect(screen.getByRole('tab', { name: 'Vorlagen' })).toBeTruthy();
    expect(screen.getByText('Pipeline (2…)')).toBeTruthy();
    expect(screen.getByLabelText('Suchen')).toBeTruthy();
    const rowText = document.querySelector('[data-scout="row"]')!.textContent!;
    // Intl in German: "1,2 Mio.", the tier label and "25. Nov."
    expect(rowText).toContain('1,2\u00a0Mio.');
    expect(rowText).toContain('Makro');
    expect(rowText).toContain('25. Nov.');
    expect(rowText).toContain('Kontaktiert');
  });

  it('Japanese: score details and reasons in Japanese with Intl percentages', async () => {
    setMessages(await messagesFor('ja'));
    const r = scoreCreator({ creator: { handle: 'x', nickname: 'X', bio: '', verified: false, followers: 40_600 }, videos: [], now: '2026-11-24T00:00:00.000Z' });
    render(<ScoreBreakdown result={r} />);
    const text = document.querySelector('[data-scout="breakdown"]')!.textContent!;
    expect(text).toContain('フォロワー 4.1万(マイクロ)');
    expect(text).toContain('情報なし');
    expect(text).not.toMatch(/popup\.|followers/);
  });
});
