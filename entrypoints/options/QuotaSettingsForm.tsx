import { useEffect, useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { quotaSettings } from '../../storage/quota';
import { QUOTA_SETTINGS_KEY, QUOTA_TIERS, QuotaSettings, SHOP_TIME_ZONES, validTimeZone } from '../../lib/quota';

const FIELD = 'mt-1 block w-full rounded border px-2 py-1';

/** The weekly Seller Center quota: a tier preset fills the figures; every figure stays editable. */
export function QuotaSettingsForm({ db }: { db: ScoutDB }) {
  // Undefined until the stored settings are read: edits made before that would be overwritten by them.
  const [v, setV] = useState<QuotaSettings | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void quotaSettings(db).then(setV);
  }, [db]);
  if (!v) return null;
  const num = (key: 'invitesPerWeek' | 'messagesPerWeek' | 'messagesBeforeReply' | 'lowScoreWarning') => (e: React.ChangeEvent<HTMLInputElement>) =>
    setV({ ...v, [key]: Number(e.target.value), ...(key === 'invitesPerWeek' || key === 'messagesPerWeek' ? { tier: 'custom' as const } : {}) });
  const save = async () => {
    const parsed = QuotaSettings.safeParse(v);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      return setStatus(`${i.path.join('.')}: ${i.message}`);
    }
    if (!validTimeZone(parsed.data.timeZone)) return setStatus(`timeZone: "${parsed.data.timeZone}" is not a time zone (e.g. Asia/Jakarta)`);
    await settingsRepo.put(db, QUOTA_SETTINGS_KEY, parsed.data);
    setStatus('Saved');
  };
  return (
    <fieldset data-scout="quota-settings" className="rounded border p-3">
      <legend className="font-semibold">Weekly Seller Center quota</legend>
      <p className="text-xs text-slate-600">
        TikTok Shop limits target invitations and affiliate messages per week by your shop's 30-day GMV, resets them on Sunday in the shop's
        time zone, exempts creators who have replied, and allows 5 messages before a creator replies. Check the figures Seller Center shows you.
      </p>
      <label className="mt-2 block text-sm">
        Tier
        <select className={FIELD} value={v.tier} onChange={(e) => {
          const t = QUOTA_TIERS.find((x) => x.id === e.target.value);
          setV(t ? { ...v, tier: t.id, invitesPerWeek: t.invitesPerWeek, messagesPerWeek: t.messagesPerWeek } : { ...v, tier: 'custom' });
        }}>
          {QUOTA_TIERS.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
          <option value="custom">Custom figures</option>
        </select>
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="block text-sm">Invitations per week<input type="number" min={0} className={FIELD} value={v.invitesPerWeek} onChange={num('invitesPerWeek')} /></label>
        <label className="block text-sm">Messages per week<input type="number" min={0} className={FIELD} value={v.messagesPerWeek} onChange={num('messagesPerWeek')} /></label>
        <label className="block text-sm">Messages before a reply<input type="number" min={1} className={FIELD} value={v.messagesBeforeReply} onChange={num('messagesBeforeReply')} /></label>
        <label className="block text-sm">Warn below score (0 = never)<input type="number" min={0} max={100} className={FIELD} value={v.lowScoreWarning} onChange={num('lowScoreWarning')} /></label>
        <label className="col-span-2 block text-sm">
          Shop time zone (the week resets Sunday 00:00 there)
          <input list="scout-shop-zones" className={FIELD} value={v.timeZone} onChange={(e) => setV({ ...v, timeZone: e.target.value.trim() })} />
          <datalist id="scout-shop-zones">
            {Object.entries(SHOP_TIME_ZONES).map(([region, tz]) => <option key={region} value={tz}>{region}</option>)}
          </datalist>
        </label>
      </div>
      <button type="button" className="mt-2 rounded bg-sky-700 px-3 py-1 text-sm text-white" onClick={() => void save()}>Save quota</button>
      {status && <span role="status" className="ml-2 text-sm">{status}</span>}
    </fieldset>
  );
}
