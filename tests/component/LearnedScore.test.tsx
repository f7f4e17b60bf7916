import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CreatorPanel } from '../../components/CreatorPanel';
import { LearnedModelsSection } from '../../components/LearnedModelsSection';
import { ScoreBadge } from '../../components/ScoreBadge';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { teamSettingsRepo } from '../../storage/team-settings';
import { LEARNED_KEY, type LearnedCache } from '../../storage/learned-models';
import { learnFromOutcomes, OUTCOMES } from '../../lib/scoring/learn';
import { FEATURE_LAYOUT } from '../../lib/scoring/features';
import { scoreCreator } from '../../lib/scoring';
import { syntheticTeam, SYNTHETIC_NOW } from '../unit/synthetic-team';

let db: ScoutDB;
afterEach(() => db?.delete());

function setup() {
  db = new ScoutDB(`learned-${Math.random()}`);
  const route = createRouter(createHandlers(db, () => new Date(SYNTHETIC_NOW)), { id: 'x', origin: 'chrome-extension://x/' });
  return bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/panel.html', tab: { id: 1, url: 'https://www.tiktok.com/@c1' } }));
}

/** Models fitted by the real learner on a synthetic team (replies and posts), cached as the background caches them. */
async function cacheModels(): Promise<LearnedCache> {
  const team = syntheticTeam(31, 600).map((e, i) => ({ ...e, posted: i % 2 ? undefined : e.replied && i % 3 !== 0 }));
  const fitted = learnFromOutcomes(team);
  const models = OUTCOMES.flatMap((o) => {
    const m = fitted[o];
    if (!m) return [];
    const { predict: _p, ...data } = m;
    return [data];
  });
  const cache: LearnedCache = { fittedAt: SYNTHETIC_NOW, labels: 900, layout: FEATURE_LAYOUT, settings: '{}', models };
  await settingsRepo.put(db, LEARNED_KEY, cache);
  return cache;
}

const one = syntheticTeam(32, 1)[0]!.input;
const creator = { ...one.creator, handle: 'c1', nickname: 'C1', bio: '', verified: false };

describe('learned score on the panel', () => {
  it('shows predicted chances when the team chose the learned score and a model is trusted', { timeout: 30_000 }, async () => {
    const ask = setup();
    const cache = await cacheModels();
    expect(cache.models.find((m) => m.outcome === 'replied')!.trusted).toBe(true);
    await teamSettingsRepo.setScoreModel(db, 'learned', new Date(SYNTHETIC_NOW));
    const { container } = render(<CreatorPanel creator={creator} videos={one.videos} warnings={[]} ask={ask} now={SYNTHETIC_NOW} />);
    await waitFor(() => expect(container.querySelector('[data-scout="chances"]')?.textContent).toMatch(/^Predicted: reply (<1|\d{1,3})%/), { timeout: 10_000 });
  });

  it('shows nothing of it under the default score', { timeout: 30_000 }, async () => {
    const ask = setup();
    await cacheModels();
    const { container } = render(<CreatorPanel creator={creator} videos={one.videos} warnings={[]} ask={ask} now={SYNTHETIC_NOW} />);
    await waitFor(() => expect(container.querySelector('[data-scout="score"]')).not.toBeNull(), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(container.querySelector('[data-scout="chances"]')).toBeNull();
  });
});

describe('LearnedModelsSection', () => {
  it('shows both AUCs per outcome with the reason and the explanation, and switches the team to the learned score', { timeout: 30_000 }, async () => {
    setup();
    const cache = await cacheModels();
    let refits = 0;
    render(<LearnedModelsSection db={db} refit={async () => refits++} now={() => new Date(SYNTHETIC_NOW)} />);
    const replied = cache.models.find((m) => m.outcome === 'replied')!;
    const row = await waitFor(() => {
      const r = document.querySelector('[data-outcome="replied"]');
      if (!r) throw new Error('no row yet');
      return r;
    }, { timeout: 10_000 });
    expect(row.querySelector('[data-scout="learned-auc"]')!.textContent).toBe(replied.auc.toFixed(2));
    expect(row.querySelector('[data-scout="default-auc"]')!.textContent).toBe(replied.defaultAuc.toFixed(2));
    expect(screen.getByText(replied.reason)).toBeTruthy();
    expect(screen.getByText(replied.explain[0]!)).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Learned score (when trusted)'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/learned score/), { timeout: 10_000 });
    expect(await teamSettingsRepo.scoreModel(db)).toBe('learned');
    expect((await db.outbox.toArray()).map((m) => m.table)).toEqual(['teamSettings']);

    fireEvent.click(screen.getByText('Refit now'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Fitted'), { timeout: 10_000 });
    expect(refits).toBe(1);
  });
});

describe('ScoreBadge', () => {
  it('keeps the score element to the integer and says beside it that the score rests on little data', () => {
    const result = scoreCreator({ creator: { handle: 'only', followers: 40_000 }, videos: [], now: SYNTHETIC_NOW });
    const { container } = render(<ScoreBadge result={result} />);
    expect(container.querySelector('[data-scout="score"]')!.textContent).toBe(String(result.score));
    expect(container.querySelector('[data-scout="score-note"]')!.textContent).toBe('· little data: followers only');
  });
});
