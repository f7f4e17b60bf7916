import { useEffect, useId, useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { ME_KEY } from '../../storage/handlers';
import { ui } from '../../components/ui';
import { t } from '../../lib/i18n/t';
import { StatusLine } from './Section';

/** The recruiter's name, shown to teammates on the outreach they log (and filled into {{me}} in templates). */
export function MyNameForm({ db, onSaved }: { db: ScoutDB; onSaved?: (name: string) => void }) {
  const id = useId();
  const [me, setMe] = useState('');
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void settingsRepo.get(db, ME_KEY, '').then(setMe);
  }, [db]);
  const save = async () => {
    const name = me.trim();
    await settingsRepo.put(db, ME_KEY, name);
    setSaved(t('options.me.saved'));
    onSaved?.(name);
  };
  return (
    <div className="space-y-2">
      <label htmlFor={id} className={ui.label}>
        {t('options.me.label')}
      </label>
      <div className="flex gap-2">
        <input id={id} data-scout="my-name" autoComplete="name" className={`${ui.input} mt-0 max-w-sm`} value={me} onChange={(e) => { setMe(e.target.value); setSaved(''); }} />
        <button type="button" className={ui.buttonPrimary} onClick={() => void save()}>
          {t('options.save')}
        </button>
      </div>
      <p className={ui.hint}>{t('options.me.hint')}</p>
      <StatusLine text={saved} />
    </div>
  );
}
