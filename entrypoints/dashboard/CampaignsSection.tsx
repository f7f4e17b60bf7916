import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { campaignsRepo } from '../../storage/campaigns';
import { useLiveQuery } from '../../components/useLiveQuery';
import { Campaign, type List } from '../../lib/model/collections';

const blank = { name: '', startsAt: '', endsAt: '', products: '', listId: '', creators: '', videos: '', gmv: '', bonusRule: '' };
const num = (v: string) => (v.trim() ? Number(v) : undefined);

/** Campaigns (a product drop, a Shop event, a seasonal peak) and the month calendar with follow-ups. */
export function CampaignsSection({ db, lists, onReport }: { db: ScoutDB; lists: List[]; onReport: (c: { from: string; to: string; listId?: string }) => void }) {
  const campaigns = useLiveQuery(() => campaignsRepo.all(db), [db], []);
  const [form, setForm] = useState(blank);
  const [error, setError] = useState('');
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const followUps = useLiveQuery(async () => {
    const from = `${month}-01`;
    const to = `${month}-31\uffff`;
    const due = await db.pipeline.where('nextFollowUpAt').between(from, to).toArray();
    const byDay = new Map<string, number>();
    for (const e of due) byDay.set(e.nextFollowUpAt!.slice(0, 10), (byDay.get(e.nextFollowUpAt!.slice(0, 10)) ?? 0) + 1);
    return byDay;
  }, [db, month], new Map<string, number>());

  const save = async () => {
    const parsed = Campaign.omit({ updatedAt: true }).safeParse({
      id: crypto.randomUUID(),
      name: form.name,
      startsAt: form.startsAt,
      endsAt: form.endsAt,
      productIds: form.products.split(',').map((p) => p.trim()).filter(Boolean),
      listId: form.listId || undefined,
      goal: { creators: num(form.creators), videos: num(form.videos), gmv: num(form.gmv) },
      bonusRule: form.bonusRule,
    });
    if (!parsed.success || !form.startsAt || !form.endsAt || form.endsAt < form.startsAt) return setError('A campaign needs a name and a start date on or before its end date.');
    await campaignsRepo.save(db, parsed.data, new Date());
    setForm(blank);
    setError('');
  };

  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells = [...Array(lead).fill(undefined), ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)];
  const shift = (d: number) => setMonth(new Date(Date.UTC(y, m - 1 + d, 1)).toISOString().slice(0, 7));
  const field = 'rounded border px-1 text-sm';
  return (
    <section aria-label="Campaigns" data-scout="campaigns">
      <h2 className="mb-2 font-semibold">Campaigns and activation calendar</h2>
      <ul className="mb-2 text-sm">
        {campaigns.map((c) => (
          <li key={c.id} data-scout="campaign">
            <strong>{c.name}</strong> {c.startsAt} → {c.endsAt}
            {c.goal.creators ? ` · goal ${c.goal.creators} creators` : ''}{c.goal.videos ? ` · ${c.goal.videos} videos` : ''}{c.goal.gmv ? ` · GMV ${c.goal.gmv}` : ''}
            {c.bonusRule ? ` · bonus: ${c.bonusRule}` : ''}{' '}
            <button type="button" className="no-print underline" onClick={() => onReport({ from: c.startsAt.slice(0, 10), to: c.endsAt.slice(0, 10), listId: c.listId })}>report on it</button>
          </li>
        ))}
      </ul>
      <div className="no-print mb-3 grid grid-cols-4 gap-1 text-sm">
        <input aria-label="Campaign name" placeholder="Campaign name" className={field} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <input aria-label="Starts" type="date" className={field} value={form.startsAt} onChange={(e) => setForm({ ...form, startsAt: e.target.value })} />
        <input aria-label="Ends" type="date" className={field} value={form.endsAt} onChange={(e) => setForm({ ...form, endsAt: e.target.value })} />
        <select aria-label="Campaign shortlist" className={field} value={form.listId} onChange={(e) => setForm({ ...form, listId: e.target.value })}>
          <option value="">no shortlist</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        <input aria-label="Products" placeholder="product ids, comma separated" className={field} value={form.products} onChange={(e) => setForm({ ...form, products: e.target.value })} />
        <input aria-label="Goal creators" placeholder="goal: creators" className={field} value={form.creators} onChange={(e) => setForm({ ...form, creators: e.target.value })} />
        <input aria-label="Goal videos" placeholder="goal: videos" className={field} value={form.videos} onChange={(e) => setForm({ ...form, videos: e.target.value })} />
        <input aria-label="Goal GMV" placeholder="goal: GMV" className={field} value={form.gmv} onChange={(e) => setForm({ ...form, gmv: e.target.value })} />
        <input aria-label="Bonus rule" placeholder="bonus rule, e.g. +2% over $5k GMV" className={`${field} col-span-3`} value={form.bonusRule} onChange={(e) => setForm({ ...form, bonusRule: e.target.value })} />
        <button type="button" className="rounded bg-sky-700 px-2 text-white" onClick={save}>Add campaign</button>
        {error && <p role="alert" className="col-span-4 text-rose-700">{error}</p>}
      </div>
      <div className="mb-1 flex items-center gap-2 text-sm">
        <button type="button" className="no-print" onClick={() => shift(-1)} aria-label="Previous month">‹</button>
        <strong>{month}</strong>
        <button type="button" className="no-print" onClick={() => shift(1)} aria-label="Next month">›</button>
      </div>
      <div className="grid grid-cols-7 gap-px bg-slate-200 text-xs" data-scout="calendar">
        {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => <div key={d} className="bg-slate-50 p-1 font-medium">{d}</div>)}
        {cells.map((day, i) => (
          <div key={i} className="min-h-14 bg-white p-1">
            {day && (
              <>
                <div className="text-slate-500">{Number(day.slice(8))}</div>
                {campaigns.filter((c) => c.startsAt <= day && c.endsAt >= day).map((c) => <div key={c.id} className="truncate rounded bg-sky-100 px-0.5">{c.name}</div>)}
                {followUps.get(day) ? <div className="text-amber-700">{followUps.get(day)} follow-up(s)</div> : null}
              </>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
