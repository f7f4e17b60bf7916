import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { CONFIG_KEY, getSyncConfig, getSyncStatus } from '../../storage/sync-engine';
import { connectSync, errorText, originPattern } from '../../storage/connect-sync';
import { outboxRepo } from '../../storage/outbox';
import { SyncProblems } from '../../components/SyncProblems';
import { useLiveQuery } from '../../components/useLiveQuery';
import { Icon } from '../../components/Icon';
import { ui } from '../../components/ui';
import { ask } from '../../lib/messaging/runtime';
import { dateTime, wholeNumber } from '../../lib/format';
import { t } from '../../lib/i18n/t';
import { fieldProblem } from './problems';

const requestHostPermission = (pattern: string) => browser.permissions.request({ origins: [pattern] });

/** Team sync: server URL and token (the origin is requested as a host permission now), status, sync now, disconnect. */
export function SyncSettings({ db, requestOrigin = requestHostPermission }: { db: ScoutDB; requestOrigin?: (pattern: string) => Promise<boolean> }) {
  const id = useId();
  const config = useLiveQuery(() => getSyncConfig(db), [db], undefined);
  const status = useLiveQuery(() => getSyncStatus(db), [db], { failures: 0 });
  const pending = useLiveQuery(() => outboxRepo.count(db), [db], 0);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [message, setMessage] = useState('');

  const connect = async () => {
    const r = await connectSync(db, { url, token }, requestOrigin, () => ask('sync.now', {}));
    switch (r.kind) {
      case 'invalid':
        // The URL's problem comes from serverUrlProblem, already in the reader's words; the token's is a regex miss.
        return setMessage(r.field === 'token' ? t('options.field.problem', { field: t('options.sync.token'), problem: t('options.sync.badToken') }) : fieldProblem(t('options.sync.url'), r.issue));
      case 'refused':
        return setMessage(t('options.sync.permissionRefused', { origin: r.origin, error: r.error }));
      case 'denied':
        return setMessage(t('options.sync.permissionNeeded'));
      case 'saved':
        return setMessage(r.lastError ? t('options.sync.firstSyncFailed', { error: r.lastError }) : t('options.sync.connected'));
      case 'notStarted':
        return setMessage(t('options.sync.firstSyncNotStarted', { error: r.error }));
    }
  };

  const disconnect = async () => {
    if (!config) return;
    await settingsRepo.put(db, CONFIG_KEY, undefined);
    await browser.permissions.remove({ origins: [originPattern(config.url)] }).catch(() => false);
    setMessage(t('options.sync.disconnected'));
  };

  const syncNow = () =>
    ask('sync.now', {}).then(
      (r) => setMessage(r.lastError ? t('options.sync.failed', { error: r.lastError }) : t('options.sync.synced')),
      (err: unknown) => setMessage(t('options.sync.failed', { error: errorText(err) })),
    );

  return (
    <div data-scout="sync-settings" className="space-y-3">
      {config ? (
        <>
          <p className={`${ui.body} flex items-center gap-1.5 break-all`}>
            <Icon name="check" className={ui.success} />
            {t('options.sync.connectedTo', { url: config.url })}
          </p>
          <dl className={`grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 ${ui.body}`}>
            <dt className="text-slate-600">{t('options.sync.lastSync')}</dt>
            <dd data-scout="sync-last">{status.lastSyncAt ? dateTime(status.lastSyncAt) : t('options.sync.never')}</dd>
            <dt className="text-slate-600">{t('options.sync.waiting')}</dt>
            <dd data-scout="sync-pending">{wholeNumber(pending)}</dd>
            <dt className="text-slate-600">{t('options.sync.lastError')}</dt>
            <dd className={status.lastError ? ui.error : ''}>
              {status.lastError
                ? status.nextRetryAt
                  ? t('options.sync.errorRetry', { error: status.lastError, time: dateTime(status.nextRetryAt) })
                  : status.lastError
                : t('options.sync.noError')}
            </dd>
          </dl>
          <div className={ui.row}>
            <button type="button" className={ui.buttonPrimary} onClick={() => void syncNow()}>
              <Icon name="sync" />
              {t('options.sync.now')}
            </button>
            <button type="button" className={ui.button} onClick={() => void disconnect()}>{t('options.sync.disconnect')}</button>
          </div>
          <div className="border-t border-slate-200 pt-3">
            <SyncProblems db={db} onChanged={() => void ask('sync.now', {}).catch(() => {})} />
          </div>
        </>
      ) : (
        <>
          <p className={ui.hint}>{t('options.sync.notConnected')}</p>
          <div>
            <label htmlFor={`${id}-url`} className={ui.label}>{t('options.sync.url')}</label>
            <input id={`${id}-url`} type="url" inputMode="url" autoComplete="url" className={ui.input} placeholder="http://127.0.0.1:8787" value={url} onChange={(e) => setUrl(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-token`} className={ui.label}>{t('options.sync.token')}</label>
            <input id={`${id}-token`} autoComplete="off" spellCheck={false} className={ui.input} placeholder={t('options.sync.tokenExample')} value={token} onChange={(e) => setToken(e.target.value)} />
          </div>
          <button type="button" className={ui.buttonPrimary} onClick={() => void connect()}>{t('options.sync.connect')}</button>
        </>
      )}
      {message && <p role="status" className={ui.body}>{message}</p>}
    </div>
  );
}
