import type { QuotaUsage } from '../lib/quota';
import { dateTime } from '../lib/format';
import { t } from '../lib/i18n/t';

/** The weekly invitation quota (DESIGN §11: `data-scout="quota"`, `data-used`, `data-limit`), and messages. */
export function QuotaMeter({ usage }: { usage: QuotaUsage | undefined }) {
  if (!usage) return null;
  const { used, limit } = usage.invites;
  const pct = limit > 0 ? Math.min(100, Math.round((used / limit) * 100)) : 100;
  const tone = pct >= 100 ? 'bg-rose-600' : pct >= 80 ? 'bg-amber-500' : 'bg-emerald-600';
  return (
    <div data-scout="quota" data-used={used} data-limit={limit} className="text-xs" title={t('popup.quota.weekBegan', { date: dateTime(usage.weekStart) })}>
      <div className="flex justify-between gap-2">
        <span>{t('popup.quota.invites')}</span>
        <span className="font-semibold tabular-nums">{t('popup.quota.usedOf', { used, limit })}</span>
      </div>
      <div className="h-1.5 w-full rounded bg-slate-200" role="meter" aria-label={t('popup.quota.invitesUsed')} aria-valuetext={t('popup.quota.usedOf', { used, limit })} aria-valuenow={used} aria-valuemin={0} aria-valuemax={limit}>
        <div className={`h-1.5 rounded ${tone}`} style={{ width: `${pct}%` }} />
      </div>
      <div data-scout="quota-messages" data-used={usage.messages.used} data-limit={usage.messages.limit} className="text-slate-600">
        {t('popup.quota.messages', { used: usage.messages.used, limit: usage.messages.limit })}
      </div>
    </div>
  );
}
