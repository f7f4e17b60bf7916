import type { ScoutDB } from './db';
import type { Handlers } from '../lib/messaging/router';
import { ScoreSettings } from '../lib/model/score';
import { PanelSide } from '../lib/messaging/protocol';
import { creatorsRepo } from './creators';
import { creatorState } from './creator-state';
import { outreachRepo } from './outreach';
import { pipelineRepo } from './pipeline';
import { productsRepo } from './products';
import { recruitsFor, setRecruited } from './product-recruits';
import { settingsRepo } from './settings';
import { templatesRepo } from './templates';
import { listsRepo } from './lists';
import { outboxRepo } from './outbox';
import { syncTables } from './synced-write';
import { endOfDay, followUpsRepo } from './followups';
import { getSyncStatus, type SyncStatus } from './sync-engine';
import { createFrameHandlers } from './frame-handlers';
import { createPageStates, type PageStates } from '../lib/frames/page-state';
import { lowDataNote, scoreCreator } from '../lib/scoring';
import { scoreHandlers } from './score-handlers';
import { createAffiliateHandlers } from './affiliate-handlers';

export const ME_KEY = 'profile.me';
export const SCORE_SETTINGS_KEY = 'score.settings';
export const PANEL_SIDE_KEY = 'overlay.panelSide';

export async function myName(db: ScoutDB): Promise<string> {
  return settingsRepo.get(db, ME_KEY, '');
}

export interface HandlerHooks {
  /** Called after every change that should reach the team server. */
  changed?: () => void;
  /** Run a sync now and report its outcome (the background supplies it; without a server it reports as is). */
  syncNow?: () => Promise<SyncStatus>;
  /** Recount follow-ups due (badge) and reschedule the daily reminder. */
  refreshReminders?: () => Promise<number>;
  /** The tabs' page states the panel frames are shown (the background's; tests may pass none). */
  pages?: PageStates;
}

/** What the background does for each message. No browser API here, so it runs under Node in tests. */
export function createHandlers(db: ScoutDB, now: () => Date = () => new Date(), hooks: HandlerHooks = {}): Handlers {
  const changed = <T>(v: T): T => {
    hooks.changed?.();
    return v;
  };
  const state = async (handle: string) => creatorState(db, handle, await myName(db));
  return {
    ...createAffiliateHandlers(db, now, () => myName(db), () => hooks.changed?.()),
    ...createFrameHandlers(db, now, hooks.pages ?? createPageStates(() => {})),
    ping: async () => ({ pong: true, at: now().toISOString() }),
    ...scoreHandlers(db, now),

    'overlay.context': async () => {
      const stored = ScoreSettings.safeParse(await settingsRepo.get(db, SCORE_SETTINGS_KEY, {}));
      const products = (await productsRepo.recent(db)).map((p) => ({ id: p.id, title: p.title }));
      const side = PanelSide.safeParse(await settingsRepo.get(db, PANEL_SIDE_KEY, 'right'));
      return {
        me: await myName(db),
        scoreSettings: stored.success ? stored.data : {},
        templates: await templatesRepo.all(db),
        lists: await listsRepo.all(db),
        products,
        panelSide: side.success ? side.data : 'right',
      };
    },

    'overlay.setPanelSide': async ({ side }) => {
      await settingsRepo.put(db, PANEL_SIDE_KEY, side);
      return { side };
    },

    'creator.observe': async ({ creator, videos }) => {
      const record = await creatorsRepo.observe(db, creator, videos, now());
      return { record, state: await state(creator.handle) };
    },

    'creator.state': async ({ handle }) => state(handle),

    'creators.states': async ({ handles }) => ({ states: await Promise.all(handles.map(state)) }),

    'marketplace.observe': async ({ creators }) => {
      const at = now();
      for (const c of creators) await creatorsRepo.observe(db, c, [], at);
      return { states: await Promise.all(creators.map((c) => state(c.handle))) };
    },

    'pipeline.add': async ({ handle, score, scoreNote, listId }) => {
      await pipelineRepo.add(db, handle, { owner: await myName(db), score, scoreNote, listId }, now());
      return changed(await state(handle));
    },

    'pipeline.bulkAdd': async ({ creators, listId }) => {
      const owner = await myName(db);
      const at = now();
      const settings = ScoreSettings.catch({}).parse(await settingsRepo.get(db, SCORE_SETTINGS_KEY, {}));
      const scoredAt = at.toISOString();
      let added = 0;
      // One transaction for the whole selection: a bulk add lands whole or not at all.
      await db.transaction('rw', syncTables(db, db.pipeline, db.creators, db.listMembers), async () => {
        for (const c of creators) {
          const before = await db.pipeline.get(c.handle);
          // List chips score what the list shows (no videos): the same figures, stored, give the same note.
          const record = c.score !== undefined ? await db.creators.get(c.handle) : undefined;
          const scoreNote = record ? lowDataNote(scoreCreator({ creator: record, videos: [], now: scoredAt }, settings)) : undefined;
          await pipelineRepo.add(db, c.handle, { owner, score: c.score, scoreNote, listId }, at);
          if (!before) added++;
        }
      });
      return changed({ added, states: await Promise.all(creators.map((c) => state(c.handle))) });
    },

    'pipeline.setStage': async ({ handle, stage }) => {
      await pipelineRepo.setStage(db, handle, stage, now());
      return changed(await state(handle));
    },

    'pipeline.note': async ({ handle, note }) => {
      await pipelineRepo.update(db, handle, { notes: note }, now());
      return changed(await state(handle));
    },

    'outreach.log': async ({ handle, channel, direction, templateId, note, followUpAt }) => {
      await outreachRepo.log(db, { handle, channel, direction, templateId, note, followUpAt, author: await myName(db) }, now());
      return changed(await state(handle));
    },

    'product.save': async ({ product }) => {
      await productsRepo.save(db, product, now());
      return changed({ saved: true as const, recruits: await recruitsFor(db, product.id) });
    },

    'product.recruits': async ({ productId }) => ({ saved: !!(await productsRepo.get(db, productId)), recruits: await recruitsFor(db, productId) }),

    'product.recruit': async ({ productId, handle, recruited }) => {
      await setRecruited(db, handle, productId, recruited, await myName(db), now());
      return changed({ state: await state(handle), recruits: await recruitsFor(db, productId) });
    },

    'reminders.refresh': async () => ({ due: hooks.refreshReminders ? await hooks.refreshReminders() : await followUpsRepo.countDue(db, endOfDay(now())) }),

    'sync.now': async () => {
      const status = hooks.syncNow ? await hooks.syncNow() : await getSyncStatus(db);
      return { ...status, pending: await outboxRepo.count(db) };
    },
  };
}
