import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../storage/db';
import { templatesRepo } from '../../storage/templates';
import { ask } from '../../lib/messaging/runtime';
import { useLiveQuery } from '../../components/useLiveQuery';
import { currentTabHandle } from './currentTab';
import { CurrentCreator } from './CurrentCreator';
import { PipelineView } from './PipelineView';
import { ShortlistsPanel } from './ShortlistsPanel';
import { TemplatesEditor } from '../../components/TemplatesEditor';
import { FollowUpsList } from '../../components/FollowUpsList';
import { settingsRepo } from '../../storage/settings';
import { ME_KEY } from '../../storage/handlers';

const TABS = { pipeline: 'Pipeline', shortlists: 'Shortlists', templates: 'Templates' } as const;
type Tab = keyof typeof TABS;

export function App() {
  const db = getDb();
  const [handle, setHandle] = useState<string | undefined>();
  const [tab, setTab] = useState<Tab>('pipeline');
  const me = useLiveQuery(() => settingsRepo.get(db, ME_KEY, ''), [db], '');
  const templates = useLiveQuery(() => templatesRepo.all(db), [db], []);
  useEffect(() => {
    currentTabHandle().then(setHandle, () => setHandle(undefined));
  }, []);
  return (
    <main className="min-h-40 font-sans text-slate-900">
      <header className="flex items-center justify-between bg-slate-900 px-3 py-2 text-white">
        <h1 className="text-sm font-bold">Creator Scout</h1>
        <nav className="flex gap-2 text-xs">
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">Dashboard</a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">Options</a>
        </nav>
      </header>
      <div className="border-b border-amber-200 bg-amber-50 px-3 py-1 empty:hidden">
        <FollowUpsList db={db} compact onChange={() => void ask('reminders.refresh', {}).catch(() => {})} />
      </div>
      {handle && <CurrentCreator db={db} handle={handle} ask={ask} templates={templates} />}
      <nav className="flex gap-3 border-b border-slate-200 px-3 pt-2 text-xs" role="tablist">
        {(Object.keys(TABS) as Tab[]).map((t) => (
          <button key={t} role="tab" aria-selected={tab === t} type="button" className={tab === t ? 'border-b-2 border-sky-700 font-semibold' : ''} onClick={() => setTab(t)}>
            {TABS[t]}
          </button>
        ))}
      </nav>
      {tab === 'pipeline' && <PipelineView db={db} me={me} />}
      {tab === 'shortlists' && <ShortlistsPanel db={db} />}
      {tab === 'templates' && (
        <div className="p-3">
          <TemplatesEditor db={db} compact previewVars={handle ? { handle: `@${handle}`, me: me || undefined } : { me: me || undefined }} />
        </div>
      )}
    </main>
  );
}
