import { useEffect, useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { ask } from '../../lib/messaging/runtime';
import { REMINDER_TIME_KEY as KEY } from '../../storage/followups';

/** When the daily "follow-ups due" notification comes (local time). */
export function ReminderTime({ db }: { db: ScoutDB }) {
  const [time, setTime] = useState('09:00');
  useEffect(() => {
    settingsRepo.get(db, KEY, '09:00').then((t) => setTime(typeof t === 'string' ? t : '09:00'));
  }, [db]);
  return (
    <label className="mt-3 block text-sm">
      Daily follow-up reminder at{' '}
      <input type="time" className="rounded border px-2 py-1" value={time}
        onChange={async (e) => { setTime(e.target.value); await settingsRepo.put(db, KEY, e.target.value || '09:00'); await ask('reminders.refresh', {}).catch(() => {}); }} />
    </label>
  );
}
