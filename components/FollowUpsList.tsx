import type { ScoutDB } from '../storage/db';
import { endOfDay, followUpsRepo } from '../storage/followups';
import { useLiveQuery } from './useLiveQuery';
import { STAGE_LABEL } from '../lib/model/pipeline';
import { shortDate } from '../lib/format';
import { t, tn } from '../lib/i18n/t';
import { EmptyState } from './EmptyState';

/**
 * Follow-ups due by the end of `daysAhead` days from today, soonest first; done and snooze are one click.
 * `onChange` lets the caller refresh the toolbar badge.
 */
export function FollowUpsList({ db, daysAhead = 0, onChange, compact }: { db: ScoutDB; daysAhead?: number; onChange?: () => void; compact?: boolean }) {
  const until = endOfDay(new Date(Date.now() + daysAhead * 86_400_000));
  const due = useLiveQuery(() => followUpsRepo.due(db, until), [db, until], []);
  const today = endOfDay(new Date());
  if (!due.length) return compact ? null : <EmptyState compact icon="clock" title={t('popup.followups.empty.title')} hint={t('popup.followups.empty.hint')} />;
  const act = async (p: Promise<unknown>) => {
    await p;
    onChange?.();
  };
  return (
    <section data-scout="followups" className="text-xs">
      <h2 className="font-semibold text-amber-800">
        {daysAhead
          ? t('popup.followups.headingAhead', { today: tn('popup.followups.dueToday', due.filter((e) => e.nextFollowUpAt! <= today).length), ahead: tn('popup.followups.dueAhead', daysAhead, { total: due.length }) })
          : tn('popup.followups.dueToday', due.filter((e) => e.nextFollowUpAt! <= today).length)}
      </h2>
      <ul className="divide-y divide-amber-100">
        {due.map((e) => (
          <li key={e.handle} data-scout="followup" data-handle={e.handle} className="flex items-center gap-2 py-0.5">
            <a className="flex-1 truncate font-medium underline" href={`https://www.tiktok.com/@${e.handle}`} target="_blank" rel="noreferrer">
              @{e.handle}
            </a>
            <span className="text-slate-600">{STAGE_LABEL[e.stage]}</span>
            <span className={e.nextFollowUpAt! <= today ? 'text-amber-800' : 'text-slate-600'}>{shortDate(e.nextFollowUpAt)}</span>
            <button type="button" data-scout="followup-done" className="rounded border border-slate-300 bg-white px-1 hover:bg-slate-50" aria-label={t('popup.followups.doneOne', { handle: `@${e.handle}` })} onClick={() => act(followUpsRepo.done(db, e.handle, new Date()))}>{t('popup.followups.done')}</button>
            <button type="button" data-scout="followup-snooze" className="rounded border border-slate-300 bg-white px-1 hover:bg-slate-50" aria-label={t('popup.followups.snoozeOne', { handle: `@${e.handle}` })} onClick={() => act(followUpsRepo.snooze(db, e.handle, 1, new Date()))}>{t('popup.followups.snooze')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
