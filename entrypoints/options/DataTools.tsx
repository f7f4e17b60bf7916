import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { exportEverything, restoreEverything, wipeEverything } from '../../storage/backup';
import { download } from '../../components/download';
import { Icon } from '../../components/Icon';
import { ui } from '../../components/ui';
import { ask } from '../../lib/messaging/runtime';
import { t } from '../../lib/i18n/t';

// The badge and the morning reminder count follow-ups: recount after the data changed wholesale.
const recount = () => void ask('reminders.refresh', {}).catch(() => {});
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Everything as one JSON file (without the team token), a restore from it, and a wipe that asks twice. */
export function DataTools({ db }: { db: ScoutDB }) {
  const [armed, setArmed] = useState(false);
  const [pending, setPending] = useState<{ name: string; data: unknown } | undefined>();
  const [message, setMessage] = useState('');
  const save = async () => {
    const json = JSON.stringify(await exportEverything(db), null, 1);
    // The file name is for machines and file managers: an ISO day, whatever the reader's language.
    download(`creator-scout-backup-${new Date().toISOString().slice(0, 10)}.json`, json, 'application/json');
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      setPending({ name: file.name, data: JSON.parse(await file.text()) });
      setMessage('');
    } catch {
      setMessage(t('options.data.notJson', { file: file.name, button: t('options.data.export') }));
    }
  };
  const restore = async () => {
    if (!pending) return;
    try {
      const { rows } = await restoreEverything(db, pending.data);
      setMessage(t('options.data.restored', { rows, file: pending.name }));
      recount();
    } catch (err) {
      setMessage(t('options.data.restoreFailed', { problem: errorText(err) }));
    }
    setPending(undefined);
  };
  return (
    <div data-scout="data-tools" className="space-y-4">
      <div className="space-y-1">
        <button type="button" data-scout="export-json" className={ui.button} onClick={() => void save()}>
          <Icon name="download" />
          {t('options.data.export')}
        </button>
        <p className={ui.hint}>{t('options.data.exportHint')}</p>
      </div>
      <div className="space-y-1">
        <label className={ui.label}>
          {t('options.data.restore')}
          <input type="file" accept="application/json,.json" data-scout="restore-file" className={`${ui.body} mt-1 block`} onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {pending && (
          <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
            <p className={`${ui.body} ${ui.warning}`}>{t('options.data.restoreConfirm', { file: pending.name })}</p>
            <div className={ui.row}>
              <button type="button" data-scout="restore-confirm" className={ui.buttonDanger} onClick={() => void restore()}>{t('options.data.restoreYes')}</button>
              <button type="button" className={ui.button} onClick={() => setPending(undefined)}>{t('options.cancel')}</button>
            </div>
          </div>
        )}
      </div>
      <div className="space-y-1 border-t border-slate-200 pt-3">
        {!armed ? (
          <button type="button" data-scout="wipe" className={ui.button.replace('text-slate-800', 'text-rose-700')} onClick={() => setArmed(true)}>
            <Icon name="trash" />
            {t('options.data.wipe')}
          </button>
        ) : (
          <div role="alert" className="space-y-2 rounded-md border border-rose-300 bg-rose-50 p-3">
            <p className={`${ui.body} ${ui.error}`}>{t('options.data.wipeConfirm')}</p>
            <div className={ui.row}>
              <button type="button" data-scout="wipe-confirm" className={ui.buttonDanger}
                onClick={async () => { await wipeEverything(db); setArmed(false); setMessage(t('options.data.wiped')); recount(); }}>
                {t('options.data.wipeYes')}
              </button>
              <button type="button" className={ui.button} onClick={() => setArmed(false)}>{t('options.cancel')}</button>
            </div>
          </div>
        )}
      </div>
      {message && <p role="status" className={ui.body}>{message}</p>}
    </div>
  );
}
