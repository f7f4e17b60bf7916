import { browser } from 'wxt/browser';
import type { ScoutDB } from '../../storage/db';
import { endOfDay, followUpsRepo, REMINDER_TIME_KEY } from '../../storage/followups';
import { settingsRepo } from '../../storage/settings';
import { t, tn } from '../../lib/i18n/t';

const DAILY = 'reminders-daily';
const BADGE = 'reminders-badge';
const NOTIFICATION = 'followups-due';

/** The next local time `hh:mm` after `now`. */
export function nextAt(hhmm: string, now: Date): number {
  const [h, m] = (/^(\d{1,2}):(\d{2})$/.exec(hhmm) ?? [, '9', '00']).slice(1).map(Number) as [number, number];
  const t = new Date(now);
  t.setHours(h, m, 0, 0);
  if (t.getTime() <= now.getTime()) t.setDate(t.getDate() + 1);
  return t.getTime();
}

/**
 * Follow-ups due: a count on the toolbar badge (kept fresh after changes and every 30 minutes), and a
 * notification at the user's time (default 9:00 local) listing what is due; clicking it opens the
 * dashboard's follow-up view. Alarms carry the schedule, since the service worker sleeps.
 */
export function startReminders(db: ScoutDB) {
  // MV3 (Chrome) has `action`; the Firefox build is MV2, where the same API is `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const refresh = async (): Promise<number> => {
    const due = await followUpsRepo.countDue(db, endOfDay(new Date()));
    await action.setBadgeBackgroundColor({ color: '#b45309' });
    await action.setBadgeText({ text: due ? String(due) : '' });
    // The badge's number in words, for the toolbar tooltip and screen readers; the name alone when none is due.
    await action.setTitle({ title: due ? tn('popup.background.badge', due) : t('ext.name') });
    const time = await settingsRepo.get(db, REMINDER_TIME_KEY, '09:00');
    const when = nextAt(typeof time === 'string' ? time : '09:00', new Date());
    const existing = await browser.alarms.get(DAILY);
    if (!existing || Math.abs(existing.scheduledTime - when) > 60_000) await browser.alarms.create(DAILY, { when, periodInMinutes: 24 * 60 });
    return due;
  };

  const handles = (list: { handle: string }[]) => list.map((e) => `@${e.handle}`).join(', ');
  const notify = async () => {
    const due = await followUpsRepo.due(db, endOfDay(new Date()), 50);
    if (!due.length) return;
    await browser.notifications.create(NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: tn('popup.background.dueTitle', due.length),
      message: due.length > 6 ? tn('popup.background.dueMore', due.length - 6, { handles: handles(due.slice(0, 6)) }) : handles(due),
    });
  };

  browser.alarms.create(BADGE, { periodInMinutes: 30 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE) void refresh();
    if (alarm.name === DAILY) void refresh().then(notify);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === NOTIFICATION) void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#followups') });
  });
  void refresh();
  return { refresh };
}
