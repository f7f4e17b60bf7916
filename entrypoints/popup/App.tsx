import { useState } from 'react';
import { getDb } from '../../storage/db';
import { templatesRepo } from '../../storage/templates';
import { ask } from '../../lib/messaging/runtime';
import { useLiveQuery } from '../../components/useLiveQuery';
import { CurrentCreator } from './CurrentCreator';
import { PipelineView } from './PipelineView';
import { ShortlistsPanel } from './ShortlistsPanel';
import { TemplatesEditor } from '../../components/TemplatesEditor';
import { FollowUpsList } from '../../components/FollowUpsList';
import { settingsRepo } from '../../storage/settings';
import { ME_KEY } from '../../storage/handlers';
import { PopupFrame, type Tab } from './PopupFrame';
import { SyncStatusLine } from './SyncStatusLine';

/** `handle`: the creator of the current tab, if it is a TikTok creator page (main.tsx asks the browser). */
export function App({ handle }: { handle: string | undefined }) {
  const db = getDb();
  const [tab, setTab] = useState<Tab>('pipeline');
  const me = useLiveQuery(() => settingsRepo.get(db, ME_KEY, ''), [db], '');
  const templates = useLiveQuery(() => templatesRepo.all(db), [db], []);
  const above = (
    <>
      <SyncStatusLine db={db} />
      <div className="border-b border-amber-200 bg-amber-50 px-3 py-1 empty:hidden">
        <FollowUpsList db={db} compact onChange={() => void ask('reminders.refresh', {}).catch(() => {})} />
      </div>
      {handle && <CurrentCreator db={db} handle={handle} ask={ask} templates={templates} />}
    </>
  );
  return (
    <PopupFrame tab={tab} onTab={setTab} above={above}>
      {tab === 'pipeline' && <PipelineView db={db} me={me} />}
      {tab === 'shortlists' && <ShortlistsPanel db={db} />}
      {tab === 'templates' && (
        <div className="p-3">
          <TemplatesEditor db={db} compact previewVars={handle ? { handle: `@${handle}`, me: me || undefined } : { me: me || undefined }} />
        </div>
      )}
    </PopupFrame>
  );
}
