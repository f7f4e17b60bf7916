import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../storage/db';
import { templatesRepo } from '../../storage/templates';
import { ask } from '../../lib/messaging/runtime';
import { useLiveQuery } from '../../components/useLiveQuery';
import { currentTabHandle } from './currentTab';
import { CurrentCreator } from './CurrentCreator';
import { PipelineList } from './PipelineList';

export function App() {
  const db = getDb();
  const [handle, setHandle] = useState<string | undefined>();
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
      {handle && <CurrentCreator handle={handle} ask={ask} templates={templates} />}
      <PipelineList db={db} />
    </main>
  );
}
