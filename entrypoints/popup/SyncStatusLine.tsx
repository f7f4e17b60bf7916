import type { ScoutDB } from '../../storage/db';
import { getSyncConfig, getSyncStatus } from '../../storage/sync-engine';
import { outboxRepo } from '../../storage/outbox';
import { syncRejectedRepo } from '../../storage/sync-rejected';
import { useLiveQuery } from '../../components/useLiveQuery';
import { SyncProblems } from '../../components/SyncProblems';
import { ask } from '../../lib/messaging/runtime';
import { t } from '../../lib/i18n/t';

/** The popup's sync status: shown only when team sync is on and something needs attention. */
export function SyncStatusLine({ db }: { db: ScoutDB }) {
  const state = useLiveQuery(
    async () => ({ config: await getSyncConfig(db), status: await getSyncStatus(db), pending: await outboxRepo.count(db), rejected: await syncRejectedRepo.count(db) }),
    [db],
    undefined,
  );
  if (!state?.config || (!state.rejected && !state.status.lastError && !state.status.refused?.length)) return null;
  return (
    <div data-scout="sync-status" className="space-y-1 border-b border-rose-200 bg-rose-50/50 px-3 py-1 text-xs">
      <p>
        {state.rejected ? t('popup.sync.waitingRejected', { pending: state.pending, rejected: state.rejected }) : t('popup.sync.waiting', { pending: state.pending })}
        {state.status.lastError ? ` · ${t('popup.sync.lastError', { error: state.status.lastError })}` : ''}
      </p>
      <SyncProblems db={db} compact onChanged={() => void ask('sync.now', {}).catch(() => {})} />
    </div>
  );
}
