import { useEffect, useState } from 'react';
import type { Ask } from '../../lib/messaging/client';
import type { CreatorState } from '../../lib/messaging/protocol';
import type { Template } from '../../lib/model/collections';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import { CHANNEL_LABEL } from '../../lib/model/outreach';
import { shortDate } from '../../lib/format';
import { OutreachForm } from '../../components/OutreachForm';

/** The creator of the current tab: stage, history and the quick outreach log. */
export function CurrentCreator({ handle, ask, templates }: { handle: string; ask: Ask; templates: Template[] }) {
  const [state, setState] = useState<CreatorState | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    ask('creator.state', { handle }).then(setState, (e: Error) => setStatus(e.message));
  }, [ask, handle]);
  return (
    <section data-scout="current-creator" data-handle={handle} className="border-b border-slate-200 p-3">
      <h2 className="text-sm font-semibold">
        @{handle} <span className="font-normal text-slate-500">{state?.entry ? STAGE_LABEL[state.entry.stage] : 'not in pipeline'}</span>
      </h2>
      {state?.lastOutreach && (
        <p className="text-xs text-slate-600">
          Last: {CHANNEL_LABEL[state.lastOutreach.channel]} on {shortDate(state.lastOutreach.at)} {state.lastOutreach.note && `— ${state.lastOutreach.note}`} ({state.outreachCount} in all)
        </p>
      )}
      <div className="mt-2">
        <OutreachForm
          templates={templates}
          onSubmit={(input) =>
            ask('outreach.log', { handle, ...input }).then(
              (s) => {
                setState(s);
                setStatus('Outreach logged');
              },
              (e: Error) => setStatus(e.message),
            )
          }
        />
      </div>
      {status && <p role="status" className="mt-1 text-xs text-emerald-700">{status}</p>}
    </section>
  );
}
