import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { samplesRepo } from '../../storage/samples';
import { useLiveQuery } from '../../components/useLiveQuery';
import type { Sample } from '../../lib/model/collections';
import { shortDate } from '../../lib/format';
import { t } from '../../lib/i18n/t';

const BOOST = ['none', 'requested', 'authorised', 'boosting', 'ended'] as const;

/** Samples for the current creator: sent, delivered, video posted with its Spark Ads code and boost status. */
export function SamplesForm({ db, handle }: { db: ScoutDB; handle: string }) {
  const samples = useLiveQuery(() => samplesRepo.forCreator(db, handle), [db, handle], []);
  const [product, setProduct] = useState('');
  const field = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-900';
  const update = (s: Sample, change: (current: Sample) => Partial<Sample>) => samplesRepo.update(db, s.id, change, new Date());
  const setVideo = (s: Sample, url: string) =>
    url !== (s.videoUrl ?? '') && update(s, (cur) => ({ videoUrl: url || undefined, postedAt: url ? cur.postedAt ?? new Date().toISOString() : undefined }));
  const setSpark = (s: Sample, code: string) => code !== (s.sparkAdsCode ?? '') && update(s, () => ({ sparkAdsCode: code || undefined }));
  return (
    <details data-scout="samples" className="mt-2 text-xs">
      <summary className="cursor-pointer font-medium text-slate-800">{t('popup.samples.title', { count: samples.length })}</summary>
      {samples.length === 0 && <p className="text-slate-600">{t('popup.samples.empty')}</p>}
      <ul className="space-y-1">
        {samples.map((s) => (
          <li key={s.id} className="rounded border border-slate-200 p-1">
            <p>
              {s.productId || t('popup.samples.unnamed')} · {t('popup.samples.sent', { date: shortDate(s.sentAt) })} · {s.deliveredAt ? t('popup.samples.delivered', { date: shortDate(s.deliveredAt) }) : <button type="button" className="font-medium text-sky-800 underline underline-offset-2" onClick={() => update(s, () => ({ deliveredAt: new Date().toISOString() }))}>{t('popup.samples.markDelivered')}</button>}
            </p>
            <div className="flex gap-1">
              <input aria-label={t('popup.samples.video')} placeholder={t('popup.samples.videoHint')} className={`${field} flex-1`} defaultValue={s.videoUrl ?? ''} onBlur={(e) => setVideo(s, e.target.value.trim())} />
              <input aria-label={t('popup.samples.spark')} placeholder={t('popup.samples.sparkHint')} className={`${field} w-24`} defaultValue={s.sparkAdsCode ?? ''} onBlur={(e) => setSpark(s, e.target.value.trim())} />
              <select aria-label={t('popup.samples.boost')} className={field} value={s.boostStatus ?? 'none'} onChange={(e) => {
                const boostStatus = e.target.value as Sample['boostStatus'];
                void update(s, () => ({ boostStatus }));
              }}>
                {BOOST.map((b) => <option key={b} value={b}>{t(`popup.samples.boostStatus.${b}`)}</option>)}
              </select>
            </div>
          </li>
        ))}
      </ul>
      <form className="mt-1 flex gap-1" onSubmit={async (e) => { e.preventDefault(); await samplesRepo.save(db, { id: crypto.randomUUID(), handle, productId: product.trim() || undefined, sentAt: new Date().toISOString() }, new Date()); setProduct(''); }}>
        <input aria-label={t('popup.samples.product')} placeholder={t('popup.samples.productHint')} className={`${field} flex-1`} value={product} onChange={(e) => setProduct(e.target.value)} />
        <button type="submit" className="rounded bg-sky-700 px-2 font-medium text-white hover:bg-sky-800">{t('popup.samples.record')}</button>
      </form>
    </details>
  );
}
