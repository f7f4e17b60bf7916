import type { ScoutDB } from '../storage/db';
import { endOfDay, followUpsRepo } from '../storage/followups';
import { useLiveQuery } from './useLiveQuery';
import { STAGE_LABEL } from '../lib/model/pipeline';
import { shortDate } from '../lib/format';

/**
 * Follow-ups due by the end of `daysAhead` days from today, soonest first; done and snooze are one click.
 * `onChange` lets the caller refresh the toolbar badge.
 */
export function FollowUpsList({ db, daysAhead = 0, onChange, compact }: { db: ScoutDB; daysAhead?: number; onChange?: () => void; compact?: boolean }) {
  const until = endOfDay(new Date(Date.now() + daysAhead * 86_400_000));
  const due = useLiveQuery(() => followUpsRepo.due(db, until), [db, until], []);
  const today = endOfDay(new Date());
  if (!due.length) return compact ? null : <p className="text-xs text-slate-500">No follow-ups due.</p>;
  const act = async (p: Promise<unknown>) => {
    await p;
    onChange?.();
  };
  return (
    <section data-scout="followups" className="text-xs">
      <h2 className="font-semibold text-amber-800">
        {due.filter((e) => e.nextFollowUpAt! <= today).length} follow-up(s) due today{daysAhead ? `, ${due.length} in the next ${daysAhead} days` : ''}
      </h2>
      <ul className="divide-y divide-amber-100">
        {due.map((e) => (
          <li key={e.handle} data-scout="followup" data-handle={e.handle} className="flex items-center gap-2 py-0.5">
            <a className="flex-1 truncate font-medium underline" href={`https://www.tiktok.com/@${e.handle}`} target="_blank" rel="noreferrer">
              @{e.handle}
            </a>
            <span className="text-slate-500">{STAGE_LABEL[e.stage]}</span>
            <span className={e.nextFollowUpAt! <= today ? 'text-amber-800' : 'text-slate-500'}>{shortDate(e.nextFollowUpAt)}</span>
            <button type="button" data-scout="followup-done" className="rounded border px-1" onClick={() => act(followUpsRepo.done(db, e.handle, new Date()))}>Done</button>
            <button type="button" data-scout="followup-snooze" className="rounded border px-1" onClick={() => act(followUpsRepo.snooze(db, e.handle, 1, new Date()))}>Tomorrow</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
