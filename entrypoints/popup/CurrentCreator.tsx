import { useEffect, useState } from 'react';
import type { Ask } from '../../lib/messaging/client';
import type { CreatorState } from '../../lib/messaging/protocol';
import type { Template } from '../../lib/model/collections';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import { CHANNEL_LABEL } from '../../lib/model/outreach';
import { shortDate } from '../../lib/format';
import { OutreachForm } from '../../components/OutreachForm';
import { SamplesForm } from './SamplesForm';
import type { ScoutDB } from '../../storage/db';
import { outreachRepo } from '../../storage/outreach';
import { useLiveQuery } from '../../components/useLiveQuery';

/** The creator of the current tab: stage, history and the quick outreach log. */
export function CurrentCreator({ db, handle, ask, templates }: { db: ScoutDB; handle: string; ask: Ask; templates: Template[] }) {
  const [state, setState] = useState<CreatorState | undefined>();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();
  const history = useLiveQuery(() => outreachRepo.forCreator(db, handle, 5), [db, handle, state], []);
  useEffect(() => {
    ask('creator.state', { handle }).then(setState, (e: Error) => setStatus({ ok: false, text: e.message }));
  }, [ask, handle]);
  return (
    <section data-scout="current-creator" data-handle={handle} className="border-b border-slate-200 p-3">
      <h2 className="text-sm font-semibold">
        @{handle} <span className="font-normal text-slate-500">{state?.entry ? STAGE_LABEL[state.entry.stage] : 'not in pipeline'}</span>
        {state?.entry?.score !== undefined && <span className="ml-2 rounded-full bg-slate-800 px-1.5 text-xs text-white">{state.entry.score}</span>}
        {state?.entry?.scoreNote && <span data-scout="score-note" className="ml-1 text-xs font-normal text-amber-800">· {state.entry.scoreNote}</span>}
      </h2>
      {history.length > 0 && (
        <ul data-scout="history" className="text-xs text-slate-600">
          {history.map((e) => (
            <li key={e.id}>
              {shortDate(e.at)} {e.direction === 'in' ? '←' : '→'} {CHANNEL_LABEL[e.channel]}
              {e.author ? ` by ${e.author}` : ''} {e.note && `— ${e.note}`}
            </li>
          ))}
          {state && state.outreachCount > history.length && <li>…{state.outreachCount - history.length} earlier</li>}
        </ul>
      )}
      <div className="mt-2">
        <OutreachForm
          templates={templates}
          draftKey={`scout-draft:outreach:${handle}`}
          autoFocus
          onSubmit={(input) =>
            ask('outreach.log', { handle, ...input }).then(
              (s) => {
                setState(s);
                setStatus({ ok: true, text: 'Outreach logged' });
                return true;
              },
              (e: Error) => {
                setStatus({ ok: false, text: e.message });
                return false;
              },
            )
          }
        />
      </div>
      {status && <p role="status" className={`mt-1 text-xs ${status.ok ? 'text-emerald-700' : 'text-rose-700'}`}>{status.text}</p>}
      {state?.entry && <SamplesForm db={db} handle={handle} />}
    </section>
  );
}
