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
import { ContactsList } from '../../components/ContactsList';
import { messagesBeforeReply } from '../../lib/quota';
import { quotaSettings } from '../../storage/quota';
import { t, tn } from '../../lib/i18n/t';

/** The creator of the current tab: stage, history and the quick outreach log. */
export function CurrentCreator({ db, handle, ask, templates }: { db: ScoutDB; handle: string; ask: Ask; templates: Template[] }) {
  const [state, setState] = useState<CreatorState | undefined>();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();
  const history = useLiveQuery(() => outreachRepo.forCreator(db, handle, 5), [db, handle, state], []);
  const contacts = useLiveQuery(async () => (await db.creators.get(handle))?.contacts, [db, handle], undefined);
  const beforeReply = useLiveQuery(async () => messagesBeforeReply(await outreachRepo.forCreator(db, handle, 200), await quotaSettings(db)), [db, handle, state], undefined);
  useEffect(() => {
    ask('creator.state', { handle }).then(setState, (e: Error) => setStatus({ ok: false, text: e.message }));
  }, [ask, handle]);
  return (
    <section data-scout="current-creator" data-handle={handle} className="border-b border-slate-200 p-3">
      <h2 className="text-sm font-semibold">
        @{handle} <span className="font-normal text-slate-500">{state?.entry ? STAGE_LABEL[state.entry.stage] : t('popup.current.notInPipeline')}</span>
        {state?.entry?.score !== undefined && <span className="ml-2 rounded-full bg-slate-800 px-1.5 text-xs text-white" title={t('popup.current.score', { score: state.entry.score })}>{state.entry.score}</span>}
        {state?.entry?.scoreNote && <span data-scout="score-note" className="ml-1 text-xs font-normal text-amber-800">· {state.entry.scoreNote}</span>}
      </h2>
      <ContactsList contacts={contacts} />
      {beforeReply && !beforeReply.replied && beforeReply.used > 0 && (
        <p data-scout="messages-before-reply" data-used={beforeReply.used} data-limit={beforeReply.limit} className="text-xs text-slate-600">
          {t('popup.current.beforeReply', { used: beforeReply.used, limit: beforeReply.limit })}
        </p>
      )}
      {history.length > 0 && (
        <ul data-scout="history" className="text-xs text-slate-600">
          {history.map((e) => (
            <li key={e.id}>
              {e.author
                ? t(e.direction === 'in' ? 'popup.current.historyInBy' : 'popup.current.historyOutBy', { date: shortDate(e.at), channel: CHANNEL_LABEL[e.channel], author: e.author })
                : t(e.direction === 'in' ? 'popup.current.historyIn' : 'popup.current.historyOut', { date: shortDate(e.at), channel: CHANNEL_LABEL[e.channel] })}
              {e.note && ` — ${e.note}`}
            </li>
          ))}
          {state && state.outreachCount > history.length && <li>{tn('popup.current.earlier', state.outreachCount - history.length)}</li>}
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
                setStatus({ ok: true, text: t('popup.current.logged') });
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
