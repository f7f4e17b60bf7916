import { useEffect, useState } from 'react';
import { getDb } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { ME_KEY, SCORE_SETTINGS_KEY } from '../../storage/handlers';
import { ScoreSettings } from '../../lib/model/score';
import { ScoreSettingsForm } from './ScoreSettingsForm';
import { TemplatesEditor } from '../../components/TemplatesEditor';
import { SyncSettings } from './SyncSettings';
import { DataTools } from './DataTools';
import { ReminderTime } from './ReminderTime';
import { LearnedModelsSection } from '../../components/LearnedModelsSection';
import { ask } from '../../lib/messaging/runtime';
import { QuotaSettingsForm } from './QuotaSettingsForm';
import { SetupLink } from '../../components/SetupLink';

export function App() {
  const db = getDb();
  const [me, setMe] = useState('');
  const [saved, setSaved] = useState('');
  const [score, setScore] = useState<ScoreSettings>({});
  useEffect(() => {
    settingsRepo.get(db, ME_KEY, '').then(setMe);
    settingsRepo.get(db, SCORE_SETTINGS_KEY, {}).then((v) => setScore(ScoreSettings.safeParse(v).data ?? {}));
  }, [db]);
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6 font-sans text-slate-900">
      <h1 className="text-xl font-bold">Creator Scout options</h1>
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="font-semibold">Profile</legend>
        <label className="block text-sm">
          My name (shown to teammates on outreach I log)
          <input data-scout="my-name" className="mt-1 block w-full rounded border px-2 py-1" value={me} onChange={(e) => setMe(e.target.value)} />
        </label>
        <button type="button" className="mt-2 rounded bg-sky-700 px-3 py-1 text-sm text-white"
          onClick={async () => { await settingsRepo.put(db, ME_KEY, me.trim()); setSaved('Saved'); }}>
          Save
        </button>
        {saved && <span role="status" className="ml-2 text-sm">{saved}</span>}
        <ReminderTime db={db} />
      </fieldset>
      <ScoreSettingsForm value={score} onSave={async (s) => { await settingsRepo.put(db, SCORE_SETTINGS_KEY, s); setScore(s); }} />
      <LearnedModelsSection db={db} refit={() => ask('score.refit', {})} />
      <QuotaSettingsForm db={db} />
      <TemplatesEditor db={db} />
      <SyncSettings db={db} />
      <DataTools db={db} />
      <SetupLink />
    </main>
  );
}
