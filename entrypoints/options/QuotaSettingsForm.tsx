import { useEffect, useId, useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { quotaSettings } from '../../storage/quota';
import { QUOTA_SETTINGS_KEY, QUOTA_TIERS, QuotaSettings, SHOP_TIME_ZONES, validTimeZone, type QuotaTierId } from '../../lib/quota';
import { ui } from '../../components/ui';
import { t, uiLocale, type MessageKey } from '../../lib/i18n/t';
import { fieldProblem } from './problems';
import { StatusLine } from './Section';

type NumberField = 'invitesPerWeek' | 'messagesPerWeek' | 'messagesBeforeReply' | 'lowScoreWarning';
const FIELD_KEY: Record<NumberField | 'timeZone' | 'tier', MessageKey> = {
  invitesPerWeek: 'options.quota.invites',
  messagesPerWeek: 'options.quota.messages',
  messagesBeforeReply: 'options.quota.beforeReply',
  lowScoreWarning: 'options.quota.lowScore',
  timeZone: 'options.quota.timeZone',
  tier: 'options.quota.tier',
};

// The GMV bands of the presets (US dollars, as Seller Center states them), written the reader's way: "$1K", "1.000 US$".
const usd = (n: number) => new Intl.NumberFormat(uiLocale(), { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 0 }).format(n);
function tierLabel(id: QuotaTierId): string {
  switch (id) {
    case 'starter':
      return t('options.quota.tierStarter', { amount: usd(1000) });
    case 'growing':
      return t('options.quota.tierGrowing', { from: usd(1000), to: usd(10_000) });
    case 'established':
      return t('options.quota.tierEstablished', { from: usd(10_000), to: usd(100_000) });
    case 'top':
      return t('options.quota.tierTop', { amount: usd(100_000) });
    default:
      return t('options.quota.tierCustom');
  }
}

/** The weekly Seller Center quota: a tier preset fills the figures; every figure stays editable. */
export function QuotaSettingsForm({ db }: { db: ScoutDB }) {
  const id = useId();
  // Undefined until the stored settings are read: edits made before that would be overwritten by them.
  const [v, setV] = useState<QuotaSettings | undefined>();
  const [status, setStatus] = useState<{ text: string; ok: boolean }>({ text: '', ok: true });
  useEffect(() => {
    void quotaSettings(db).then(setV);
  }, [db]);
  if (!v) return null;
  const num = (key: NumberField) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setV({ ...v, [key]: e.target.value === '' ? NaN : Number(e.target.value), ...(key === 'invitesPerWeek' || key === 'messagesPerWeek' ? { tier: 'custom' as const } : {}) });
  const save = async () => {
    const parsed = QuotaSettings.safeParse(v);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      const key = FIELD_KEY[i.path[0] as keyof typeof FIELD_KEY];
      return setStatus({ text: fieldProblem(key ? t(key) : String(i.path.join('.')), i), ok: false });
    }
    if (!validTimeZone(parsed.data.timeZone)) return setStatus({ text: t('options.quota.badTimeZone', { zone: parsed.data.timeZone }), ok: false });
    await settingsRepo.put(db, QUOTA_SETTINGS_KEY, parsed.data);
    setStatus({ text: t('options.quota.saved'), ok: true });
  };
  const field = (key: NumberField, min: number, max?: number) => (
    <label className={ui.body}>
      {t(FIELD_KEY[key])}
      <input type="number" min={min} max={max} className={ui.input} value={Number.isNaN(v[key]) ? '' : v[key]} onChange={num(key)} />
    </label>
  );
  return (
    <div data-scout="quota-settings" className="space-y-3">
      <p className={ui.hint}>{t('options.quota.about', { count: 5 })}</p>
      <label className={`${ui.label} max-w-sm`}>
        {t('options.quota.tier')}
        <select className={ui.input} value={v.tier} onChange={(e) => {
          const tier = QUOTA_TIERS.find((x) => x.id === e.target.value);
          setV(tier ? { ...v, tier: tier.id, invitesPerWeek: tier.invitesPerWeek, messagesPerWeek: tier.messagesPerWeek } : { ...v, tier: 'custom' });
        }}>
          {QUOTA_TIERS.map((tier) => <option key={tier.id} value={tier.id}>{tierLabel(tier.id)}</option>)}
          <option value="custom">{tierLabel('custom')}</option>
        </select>
      </label>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {field('invitesPerWeek', 0)}
        {field('messagesPerWeek', 0)}
        {field('messagesBeforeReply', 1)}
        {field('lowScoreWarning', 0, 100)}
        <label className={`${ui.body} sm:col-span-2`}>
          {t('options.quota.timeZone')}
          <input list={`${id}-zones`} className={ui.input} value={v.timeZone} onChange={(e) => setV({ ...v, timeZone: e.target.value.trim() })} />
          <datalist id={`${id}-zones`}>
            {Object.entries(SHOP_TIME_ZONES).map(([region, tz]) => <option key={region} value={tz}>{regionName(region)}</option>)}
          </datalist>
        </label>
      </div>
      <div className="space-y-2">
        <button type="button" className={ui.buttonPrimary} onClick={() => void save()}>{t('options.quota.save')}</button>
        <StatusLine {...status} />
      </div>
    </div>
  );
}

/** A shop region's name in the reader's language ("ID" → "Indonesia" / "Indonesien"). */
function regionName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
