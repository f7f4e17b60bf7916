import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { useLiveQuery } from '../../components/useLiveQuery';
import { ReportTable } from '../../components/ReportTable';
import { AffiliateTiers, assignTiers, DEFAULT_AFFILIATE_TIERS, type AffiliateTier } from '../../lib/reports/tiers';
import type { GmvLine } from '../../lib/reports/gmv';
import { money } from '../../lib/reports/labels';

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
  const field = 'w-20 rounded border px-1 text-sm';
  return (
    <section aria-label="Affiliate tiers" data-scout="tiers">
      <h2 className="mb-2 font-semibold">Affiliate tiers and incentives</h2>
      <table className="no-print mb-2 text-sm">
        <thead><tr><th className="text-left">Tier</th><th>Min GMV</th><th>or min posts</th><th>Commission %</th></tr></thead>
        <tbody>
          {tiers.map((t, i) => (
            <tr key={i}>
              <td><input aria-label="Tier name" className="w-24 rounded border px-1 text-sm" value={t.name} onChange={(e) => edit(i, { name: e.target.value })} /></td>
              <td><input aria-label="Minimum GMV" className={field} value={t.minGmv ?? ''} onChange={(e) => edit(i, { minGmv: num(e.target.value) })} /></td>
              <td><input aria-label="Minimum posts" className={field} value={t.minPosts ?? ''} onChange={(e) => edit(i, { minPosts: num(e.target.value) })} /></td>
              <td><input aria-label="Commission percent" className={field} value={Math.round(t.commissionRate * 1000) / 10} onChange={(e) => edit(i, { commissionRate: (num(e.target.value) ?? 0) / 100 })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft && (
        <p className="no-print text-sm">
          <button type="button" className="rounded bg-sky-700 px-2 text-white" onClick={async () => {
            const parsed = AffiliateTiers.safeParse(draft);
            if (!parsed.success) return setError(`Not saved: ${parsed.error.issues[0]?.message}`);
            await settingsRepo.put(db, KEY, parsed.data);
            setDraft(undefined);
            setError('');
          }}>Save tiers</button>{' '}
          <button type="button" className="rounded border px-2" onClick={() => setDraft(undefined)}>Cancel</button> {error}
        </p>
      )}
      <ReportTable name="affiliate-tiers" rows={rows} empty="No GMV or posted videos yet: import a performance CSV or record samples." columns={[
        { key: 'creator', label: 'Creator', value: (r) => `@${r.handle}${r.close ? ' ★ close to next' : ''}`, csv: (r) => r.handle },
        { key: 'gmv', label: `GMV (${currency})`, value: (r) => money(r.gmv, currency) },
        { key: 'posts', label: 'Posts', value: (r) => r.posts },
        { key: 'tier', label: 'Tier', value: (r) => r.tier ?? '–' },
        { key: 'commission', label: 'Commission', value: (r) => (r.commissionRate === undefined ? '–' : `${Math.round(r.commissionRate * 1000) / 10}%`) },
        { key: 'next', label: 'Next tier', value: (r) => r.next ?? '—' },
        { key: 'gap', label: 'To next', value: (r) => [r.gmvToNext !== undefined ? `${money(r.gmvToNext, currency)} GMV` : '', r.postsToNext !== undefined ? `${r.postsToNext} posts` : ''].filter(Boolean).join(' or ') || '—' },
      ]} />
    </section>
  );
}
