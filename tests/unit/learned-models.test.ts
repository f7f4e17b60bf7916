import { afterEach, describe, expect, it } from 'vitest';
import type { ScoutDB } from '../../storage/db';
import { refreshLearned, readLearned, LEARNED_KEY } from '../../storage/learned-models';
import { teamSettingsRepo } from '../../storage/team-settings';
import { settingsRepo } from '../../storage/settings';
import { applyChanges } from '../../storage/sync-apply';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { computeMetrics } from '../../lib/scoring';
import { freshDb } from './db-helpers';
import { syntheticTeam, SYNTHETIC_NOW } from './synthetic-team';

let db: ScoutDB;
afterEach(() => db?.delete());

const contactedAt = new Date(Date.parse(SYNTHETIC_NOW) - 60 * 86_400_000).toISOString();

/** A team's history in IndexedDB: `n` creators read from their profiles, contacted 60 days ago, some answered. */
async function seedTeam(n: number, seed = 21, from = 0) {
  const team = syntheticTeam(seed, n);
  let i = from;
  for (const e of team) {
    const handle = `t${seed}_${i++}`;
    const c = e.input.creator;
    await db.creators.put({ ...c, handle, nickname: c.nickname ?? '', bio: '', verified: false, ...computeMetrics(e.input.videos, new Date(SYNTHETIC_NOW)), seenAt: SYNTHETIC_NOW });
    await db.pipeline.put({ handle, stage: e.replied ? 'replied' : 'contacted', tags: [], notes: '', products: [], addedAt: contactedAt, updatedAt: contactedAt });
    await db.outreach.put({ id: crypto.randomUUID(), handle, at: contactedAt, channel: 'tiktok_dm', direction: 'out', note: '', author: 'alex' });
  }
  return team;
}

describe('learned models from the stored team history', () => {
  it('fits in the background, caches, and refits only when labels move by a tenth', { timeout: 30_000 }, async () => {
    db = freshDb();
    await seedTeam(300);
    const first = await refreshLearned(db, new Date(SYNTHETIC_NOW));
    expect(first.labels).toBe(300);
    const replied = first.models.find((m) => m.outcome === 'replied')!;
    expect(first.models.map((m) => m.outcome)).toEqual(['replied']);
    expect(replied.trusted).toBe(true);
    expect(replied.auc).toBeGreaterThan(replied.defaultAuc);
    expect((await settingsRepo.get(db, LEARNED_KEY, undefined as unknown))).toEqual(first);

    const later = new Date(Date.parse(SYNTHETIC_NOW) + 3_600_000);
    // Nothing changed: the quick check (on every worker wake) keeps the fit without rereading.
    expect(await refreshLearned(db, later, 'quick')).toEqual(first);
    // 20 more (under a tenth): the history is reread, the cached fit stands.
    await seedTeam(20, 22);
    const kept = await refreshLearned(db, later, 'quick');
    expect(kept.fittedAt).toBe(first.fittedAt);
    expect(kept.fingerprint).not.toBe(first.fingerprint);
    expect((await refreshLearned(db, later)).fittedAt).toBe(first.fittedAt);
    // 20 more again (40 in all, over a tenth of 300): refit.
    await seedTeam(20, 23);
    const refit = await refreshLearned(db, later);
    expect(refit.fittedAt).toBe(later.toISOString());
    expect(refit.labels).toBe(340);
  });

  it("answers the panel's and Options' messages: the team's choice and the models", async () => {
    db = freshDb();
    await seedTeam(120);
    const route = createRouter(createHandlers(db, () => new Date(SYNTHETIC_NOW)), { id: 'x', origin: 'chrome-extension://x/' });
    const ask = bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/options.html' }));
    expect(await ask('score.learned', {})).toEqual({ choice: 'default', models: [] });
    const refit = await ask('score.refit', {});
    expect(refit.models).toHaveLength(1);
    expect(refit.fittedAt).toBe(SYNTHETIC_NOW);
    await teamSettingsRepo.setScoreModel(db, 'learned', new Date(SYNTHETIC_NOW));
    expect((await ask('score.learned', {})).choice).toBe('learned');
  });
});

describe('the team-wide score model choice', () => {
  it('is written through the outbox and arrives from teammates through a sync pull', async () => {
    db = freshDb();
    expect(await teamSettingsRepo.scoreModel(db)).toBe('default');
    await teamSettingsRepo.setScoreModel(db, 'learned', new Date(SYNTHETIC_NOW));
    const queued = await db.outbox.toArray();
    expect(queued).toMatchObject([{ table: 'teamSettings', key: 'score.model', op: 'put', fields: { key: 'score.model', value: 'learned' } }]);

    const other = freshDb();
    try {
      const r = await applyChanges(other, [{ seq: 1, table: 'teamSettings', key: 'score.model', fields: queued[0]!.fields, deleted: false, hlc: queued[0]!.hlc }], 1);
      expect(r).toMatchObject({ applied: 1, rejected: 0 });
      expect(await teamSettingsRepo.scoreModel(other)).toBe('learned');
      expect((await readLearned(other)).choice).toBe('learned');
    } finally {
      await other.delete();
    }
  });

  it('reads an unknown value as the default', async () => {
    db = freshDb();
    await db.teamSettings.put({ key: 'score.model', value: 'astrology', updatedAt: SYNTHETIC_NOW });
    expect(await teamSettingsRepo.scoreModel(db)).toBe('default');
  });
});
