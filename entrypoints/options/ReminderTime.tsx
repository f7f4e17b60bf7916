import { useEffect, useId, useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { ask } from '../../lib/messaging/runtime';
import { REMINDER_TIME_KEY as KEY } from '../../storage/followups';
import { ui } from '../../components/ui';
import { t } from '../../lib/i18n/t';

/** When the daily "follow-ups due" notification comes (local time). */
export function ReminderTime({ db }: { db: ScoutDB }) {
  const id = useId();
  const [time, setTime] = useState('09:00');
  useEffect(() => {
    void settingsRepo.get(db, KEY, '09:00').then((v) => setTime(typeof v === 'string' ? v : '09:00'));
  }, [db]);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={ui.label}>
        {t('options.reminders.label')}
      </label>
      <input id={id} type="time" className={`${ui.input} w-auto`} value={time}
        onChange={async (e) => { setTime(e.target.value); await settingsRepo.put(db, KEY, e.target.value || '09:00'); await ask('reminders.refresh', {}).catch(() => {}); }} />
    </div>
  );
}
