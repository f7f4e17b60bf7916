import type { ScoutDB } from './db';
import type { Handlers } from '../lib/messaging/router';
import type { FRAME_MESSAGES } from '../lib/messaging/protocol-frames';
import type { PageStates } from '../lib/frames/page-state';
import { ScoreSettings } from '../lib/model/score';
import { readTapped } from '../lib/extract/tap';
import { scoreCreator } from '../lib/scoring';
import { creatorsRepo } from './creators';
import { syncTables } from './synced-write';
import { settingsRepo } from './settings';
// Read inside handlers only, after handlers.ts (which imports this file) has run.
import { SCORE_SETTINGS_KEY } from './handlers';

const fromTab = (tabId: number | undefined): number => {
  // Page-facing messages describe the tab they came from; a sender without one has no page to describe.
  if (tabId === undefined) throw new Error('this message is accepted only from a content script in a tab');
  return tabId;
};

/**
 * What the background does with what content scripts read from their pages: keep it as the tab's page
 * state (the panel frames are shown it) and, for list pages, record the creators and score the chips.
 */
export function createFrameHandlers(db: ScoutDB, now: () => Date, pages: PageStates): Pick<Handlers, keyof typeof FRAME_MESSAGES> {
  return {
    'page.creator': async ({ read }, { tabId }) => {
      pages.setCreator(fromTab(tabId), read);
      return { received: true };
    },
    'page.tapped': async ({ url, body }, { tabId }) => {
      pages.addTapped(fromTab(tabId), readTapped(url, body));
      return { received: true };
    },
    'page.theme': async ({ dark }, { tabId }) => {
      pages.setTheme(fromTab(tabId), dark);
      return { received: true as const };
    },
    'page.product': async ({ view }, { tabId }) => {
      pages.setProduct(fromTab(tabId), view);
      return { received: true };
    },
    'list.observe': async ({ creators }, { tabId }) => {
      const id = fromTab(tabId);
      const at = now();
      const stored = ScoreSettings.safeParse(await settingsRepo.get(db, SCORE_SETTINGS_KEY, {}));
      const settings = stored.success ? stored.data : {};
      // One transaction for the batch (each observation joins it): a list page sends up to BATCH_MAX rows
      // at once, and its chips wait for this answer.
      await db.transaction('rw', syncTables(db, db.creators, db.snapshots), async () => {
        for (const c of creators) await creatorsRepo.observe(db, c, [], at);
      });
      const entries = await db.pipeline.bulkGet(creators.map((c) => c.handle));
      const iso = at.toISOString();
      const chips = creators.map((c, i) => ({
        handle: c.handle,
        score: scoreCreator({ creator: c, videos: [], now: iso }, settings).score,
        inPipeline: entries[i] !== undefined,
      }));
      pages.addChips(id, chips);
      return { chips };
    },
    'list.select': async ({ handles }, { tabId }) => {
      pages.setSelected(fromTab(tabId), handles);
      return { received: true };
    },
  };
}
