import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../../storage/db';
import { fillKeptCounts } from '../../storage/kept-counts';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { startSyncLoop } from './sync';
import { registerShortcuts } from './shortcuts';
import { startReminders } from './reminders';
import { startFrameHub } from './frames';
import { startLearner } from './learner';
import { openWelcomeOnInstall } from './welcome';

// The background owns the database and is the only place content scripts' requests are acted on.
export default defineBackground(() => {
  openWelcomeOnInstall();
  const db = getDb();
  // A database upgraded from v7 (or new) gets its kept counts once, here, rather than on a first paint.
  void fillKeptCounts(db).catch((e) => console.warn('[Creator Scout] could not count the pipeline', e));
  const sync = startSyncLoop(db);
  const reminders = startReminders(db);
  const learner = startLearner(db);
  const changed = () => {
    sync.changed();
    void reminders.refresh();
    learner.changed();
  };
  const frames = startFrameHub();
  registerShortcuts(db, changed, frames.open);
  const route = createRouter(createHandlers(db, () => new Date(), { changed, syncNow: sync.runNow, refreshReminders: reminders.refresh, pages: frames.pages }), {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
