import { useEffect, useState } from 'react';
import type { Ask } from '../lib/messaging/client';
import type { ResponseOf } from '../lib/messaging/protocol';
import { QuotaMeter } from './QuotaMeter';
import { t, tn } from '../lib/i18n/t';

/** How often the bar re-reads the quota and the "could not read your invitation" offer. */
const POLL_MS = 4000;

/**
 * The affiliate part of the bulk bar: this week's quota, a warning before an invitation spends it on
 * low scorers, and — when TikTok's invitation request had a shape we do not know — one click to log the
 * invitation for the creators selected on screen (we never guess which creators it named).
 */
export function InvitationHelper({ ask, selected, scores }: { ask: Ask; selected: string[]; scores: ReadonlyMap<string, number | undefined> }) {
  const [quota, setQuota] = useState<ResponseOf<'quota.usage'>>();
  const [pending, setPending] = useState<ResponseOf<'affiliate.pendingInvite'>>({ handles: [] });
  const [status, setStatus] = useState('');
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const read = () => {
      ask('quota.usage', {}).then((q) => live && setQuota(q), () => {});
      ask('affiliate.pendingInvite', {}).then((p) => live && setPending(p), () => {});
    };
    read();
    const timer = setInterval(read, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [ask, tick]);
  const low = quota ? selected.filter((h) => quota.lowScoreWarning > 0 && (scores.get(h) ?? 100) < quota.lowScoreWarning) : [];
  // The creators selected on screen; with none, those the invitation page named (creator_ids in its address).
  const target = selected.length ? selected : pending.handles;
  const logIt = () =>
    ask('affiliate.logSelectedInvite', { handles: target }).then(
      (r) => {
        setStatus(tn('popup.bulk.inviteLogged', r.logged));
        setTick((t) => t + 1);
      },
      (e: Error) => setStatus(e.message),
    );
  return (
    <div className="flex items-center gap-2">
      <div className="w-44">
        <QuotaMeter usage={quota} />
      </div>
      {low.length > 0 && (
        <span data-scout="low-score-warning" className="text-amber-800">
          {tn('popup.bulk.lowScore', low.length, { threshold: quota!.lowScoreWarning })}
        </span>
      )}
      {pending.at && target.length > 0 && (
        <button data-scout="log-invite" type="button" onClick={logIt} className="rounded-md border border-sky-700 bg-white px-2 py-1 font-medium text-sky-800 hover:bg-sky-50">
          {tn('popup.bulk.logInvite', target.length)}
        </button>
      )}
      {status && <span role="status">{status}</span>}
    </div>
  );
}
