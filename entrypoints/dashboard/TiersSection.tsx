import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { useLiveQuery } from '../../components/useLiveQuery';
import { ReportTable } from '../../components/ReportTable';
import { EmptyState } from '../../components/EmptyState';
import { ui } from '../../components/ui';
import { AffiliateTiers, assignTiers, DEFAULT_AFFILIATE_TIERS, type AffiliateTier } from '../../lib/reports/tiers';
import type { GmvLine } from '../../lib/reports/gmv';
import { cents, money } from '../../lib/reports/labels';
import { percent, wholeNumber } from '../../lib/format';
import { t, tn } from '../../lib/i18n/t';

const KEY = 'affiliate.tiers';

/** Affiliate tiers (by GMV or posted videos, with commission rates): each creator's tier and who is close to the next. */
export function TiersSection({ db, gmvByCreator, currency }: { db: ScoutDB; gmvByCreator: GmvLine[]; currency: string }) {
  const stored = useLiveQuery(async () => AffiliateTiers.safeParse(await settingsRepo.get(db, KEY, DEFAULT_AFFILIATE_TIERS)).data ?? DEFAULT_AFFILIATE_TIERS, [db], DEFAULT_AFFILIATE_TIERS);
  const posts = useLiveQuery(async () => {
    const m = new Map<string, number>();
    await db.samples.each((s) => {
      if (s.videoUrl || s.postedAt) m.set(s.handle, (m.get(s.handle) ?? 0) + 1);
    });
    return m;
  }, [db], new Map<string, number>());
  const [draft, setDraft] = useState<AffiliateTier[] | undefined>();
  const [error, setError] = useState('');
  const tiers = draft ?? stored;
  const handles = new Set([...gmvByCreator.map((r) => r.key), ...posts.keys()]);
  const gmv = new Map(gmvByCreator.map((r) => [r.key, r.gmv]));
  const rows = assignTiers([...handles].map((h) => ({ handle: h, gmv: gmv.get(h) ?? 0, posts: posts.get(h) ?? 0 })), tiers);
  const edit = (i: number, patch: Partial<AffiliateTier>) => setDraft(tiers.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  const field = 'w-24 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900';
  const gap = (r: (typeof rows)[number]) => {
    const byGmv = r.gmvToNext !== undefined ? t('dashboard.tiers.gmvToNext', { amount: money(r.gmvToNext, currency) }) : undefined;
    const byPosts = r.postsToNext !== undefined ? tn('dashboard.tiers.postsToNext', r.postsToNext) : undefined;
    return byGmv && byPosts ? t('dashboard.tiers.either', { first: byGmv, second: byPosts }) : byGmv ?? byPosts ?? '—';
  };
  return (
    <section aria-labelledby="tiers-title" data-scout="tiers" className={`${ui.card} ${ui.section}`}>
      <div>
        <h2 id="tiers-title" className={ui.sectionTitle}>{t('dashboard.tiers.title')}</h2>
        <p className={ui.hint}>{t('dashboard.tiers.hint')}</p>
      </div>
      <table className="no-print text-sm">
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="pr-2 font-medium">{t('dashboard.tiers.tier')}</th>
            <th scope="col" className="pr-2 font-medium">{t('dashboard.tiers.minGmv', { currency })}</th>
            <th scope="col" className="pr-2 font-medium">{t('dashboard.tiers.minPosts')}</th>
            <th scope="col" className="pr-2 font-medium">{t('dashboard.tiers.commissionPct')}</th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, i) => (
            <tr key={i}>
              <td className="py-0.5 pr-2"><input aria-label={t('dashboard.tiers.nameOf', { n: i + 1 })} className={`${field} w-28`} value={tier.name} onChange={(e) => edit(i, { name: e.target.value })} /></td>
              <td className="pr-2"><input aria-label={t('dashboard.tiers.minGmvOf', { n: i + 1 })} inputMode="decimal" className={field} value={tier.minGmv ?? ''} onChange={(e) => edit(i, { minGmv: num(e.target.value) })} /></td>
              <td className="pr-2"><input aria-label={t('dashboard.tiers.minPostsOf', { n: i + 1 })} inputMode="numeric" className={field} value={tier.minPosts ?? ''} onChange={(e) => edit(i, { minPosts: num(e.target.value) })} /></td>
              <td className="pr-2"><input aria-label={t('dashboard.tiers.commissionOf', { n: i + 1 })} inputMode="decimal" className={field} value={Math.round(tier.commissionRate * 1000) / 10} onChange={(e) => edit(i, { commissionRate: (num(e.target.value) ?? 0) / 100 })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft && (
        <div className={`no-print ${ui.row}`}>
          <button type="button" className={ui.buttonPrimary} onClick={async () => {
            const parsed = AffiliateTiers.safeParse(draft);
            if (!parsed.success) return setError(t('dashboard.tiers.invalid'));
            await settingsRepo.put(db, KEY, parsed.data);
            setDraft(undefined);
            setError('');
          }}>{t('dashboard.tiers.save')}</button>
          <button type="button" className={ui.button} onClick={() => { setDraft(undefined); setError(''); }}>{t('dashboard.tiers.cancel')}</button>
          {error && <p role="alert" className={`text-sm ${ui.error}`}>{error}</p>}
        </div>
      )}
      <ReportTable name="affiliate-tiers" rows={rows}
        empty={<EmptyState icon="star" title={t('dashboard.tiers.emptyTitle')} hint={t('dashboard.tiers.emptyHint')} />}
        columns={[
          { key: 'creator', label: t('dashboard.col.creator'), value: (r) => (r.close ? t('dashboard.tiers.closeToNext', { handle: `@${r.handle}` }) : `@${r.handle}`), csv: (r) => r.handle },
          { key: 'gmv', label: t('dashboard.col.gmvIn', { currency }), value: (r) => money(r.gmv, currency), csv: (r) => cents(r.gmv), numeric: true },
          { key: 'posts', label: t('dashboard.tiers.posts'), value: (r) => wholeNumber(r.posts), csv: (r) => r.posts, numeric: true },
          { key: 'tier', label: t('dashboard.tiers.tier'), value: (r) => r.tier ?? '–' },
          { key: 'commission', label: t('dashboard.tiers.commission'), value: (r) => (r.commissionRate === undefined ? '–' : percent(r.commissionRate)), csv: (r) => (r.commissionRate === undefined ? undefined : Math.round(r.commissionRate * 1000) / 10), numeric: true },
          { key: 'next', label: t('dashboard.tiers.next'), value: (r) => r.next ?? '—' },
          { key: 'gap', label: t('dashboard.tiers.toNext'), value: gap },
        ]} />
    </section>
  );
}
