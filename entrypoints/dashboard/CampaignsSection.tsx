import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { campaignsRepo } from '../../storage/campaigns';
import { useLiveQuery } from '../../components/useLiveQuery';
import { Campaign, type List } from '../../lib/model/collections';
import { shortDate, wholeNumber } from '../../lib/format';
import { t, tn, uiLocale } from '../../lib/i18n/t';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { ui } from '../../components/ui';

const blank = { name: '', startsAt: '', endsAt: '', products: '', listId: '', creators: '', videos: '', gmv: '', bonusRule: '' };
const num = (v: string) => (v.trim() ? Number(v) : undefined);

// Month and weekday names in the reader's language; the calendar's days are UTC, as stored.
const monthTitle = (month: string) => new Intl.DateTimeFormat(uiLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
// 2024-01-01 was a Monday: the week's days from there.
const weekdays = () => Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));

/** Campaigns (a product drop, a Shop event, a seasonal peak) and the month calendar with follow-ups. */
export function CampaignsSection({ db, lists, onReport }: { db: ScoutDB; lists: List[]; onReport: (c: { from: string; to: string; listId?: string }) => void }) {
  const campaigns = useLiveQuery(() => campaignsRepo.all(db), [db], []);
  const [form, setForm] = useState(blank);
  const [error, setError] = useState('');
  const [adding, setAdding] = useState(false);
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
    if (!parsed.success || !form.startsAt || !form.endsAt || form.endsAt < form.startsAt) return setError(t('dashboard.campaigns.invalid'));
    await campaignsRepo.save(db, parsed.data, new Date());
    setForm(blank);
    setError('');
    setAdding(false);
  };

  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const monthDays = [...Array(lead).fill(undefined), ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)];
  // Whole weeks: blank days after the month's last one close the grid.
  const cells: (string | undefined)[] = [...monthDays, ...Array((7 - (monthDays.length % 7)) % 7).fill(undefined)];
  const shift = (d: number) => setMonth(new Date(Date.UTC(y, m - 1 + d, 1)).toISOString().slice(0, 7));
  const input = (key: keyof typeof blank, label: string, extra: { type?: string; placeholder?: string; inputMode?: 'decimal' | 'numeric'; className?: string } = {}) => (
    <label className={`${ui.label} ${extra.className ?? ''}`}>
      {label}
      <input type={extra.type ?? 'text'} inputMode={extra.inputMode} placeholder={extra.placeholder} className={ui.input} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </label>
  );
  const newButton = (
    <button type="button" className={ui.buttonPrimary} aria-expanded={adding} onClick={() => setAdding(true)}>
      <Icon name="add" />
      {t('dashboard.campaigns.new')}
    </button>
  );
  return (
    <section aria-labelledby="campaigns-title" data-scout="campaigns" className={`${ui.card} ${ui.section}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="campaigns-title" className={ui.sectionTitle}>{t('dashboard.campaigns.title')}</h2>
          <p className={ui.hint}>{t('dashboard.campaigns.hint')}</p>
        </div>
        {!adding && campaigns.length > 0 && <div className="no-print">{newButton}</div>}
      </div>
      {adding && (
        <form className="no-print grid grid-cols-1 gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-4" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          {input('name', t('dashboard.campaigns.name'), { className: 'sm:col-span-2' })}
          {input('startsAt', t('dashboard.campaigns.starts'), { type: 'date' })}
          {input('endsAt', t('dashboard.campaigns.ends'), { type: 'date' })}
          <label className={ui.label}>
            {t('dashboard.campaigns.shortlist')}
            <select className={ui.input} value={form.listId} onChange={(e) => setForm({ ...form, listId: e.target.value })}>
              <option value="">{t('dashboard.campaigns.noShortlist')}</option>
              {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
          </label>
          {input('products', t('dashboard.campaigns.products'), { placeholder: t('dashboard.campaigns.productsHint'), className: 'sm:col-span-3' })}
          {input('creators', t('dashboard.campaigns.goalCreatorsLabel'), { inputMode: 'numeric' })}
          {input('videos', t('dashboard.campaigns.goalVideosLabel'), { inputMode: 'numeric' })}
          {input('gmv', t('dashboard.campaigns.goalGmvLabel'), { inputMode: 'decimal' })}
          {input('bonusRule', t('dashboard.campaigns.bonusLabel'), { placeholder: t('dashboard.campaigns.bonusHint') })}
          {error && <p role="alert" className={`text-sm sm:col-span-4 ${ui.error}`}>{error}</p>}
          <div className={`sm:col-span-4 ${ui.row}`}>
            <button type="submit" className={ui.buttonPrimary}>{t('dashboard.campaigns.add')}</button>
            <button type="button" className={ui.button} onClick={() => { setAdding(false); setError(''); }}>{t('dashboard.campaigns.cancel')}</button>
          </div>
        </form>
      )}
      {campaigns.length === 0 ? (
        !adding && <EmptyState icon="calendar" title={t('dashboard.campaigns.emptyTitle')} hint={t('dashboard.campaigns.emptyHint')} action={<span className="no-print">{newButton}</span>} />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {campaigns.map((c) => (
            <li key={c.id} data-scout="campaign" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
              <strong className="text-slate-900">{c.name}</strong>
              <span className={ui.meta}>{t('dashboard.campaigns.dates', { from: shortDate(c.startsAt), to: shortDate(c.endsAt) })}</span>
              {c.goal.creators ? <span className="text-slate-700">{tn('dashboard.campaigns.goalCreators', c.goal.creators)}</span> : null}
              {c.goal.videos ? <span className="text-slate-700">{tn('dashboard.campaigns.goalVideos', c.goal.videos)}</span> : null}
              {c.goal.gmv ? <span className="text-slate-700">{t('dashboard.campaigns.goalGmv', { amount: wholeNumber(c.goal.gmv) })}</span> : null}
              {c.bonusRule ? <span className="text-slate-700">{t('dashboard.campaigns.bonus', { rule: c.bonusRule })}</span> : null}
              <button type="button" className={`no-print ${ui.buttonSmall}`} onClick={() => onReport({ from: c.startsAt.slice(0, 10), to: c.endsAt.slice(0, 10), listId: c.listId })}>
                <Icon name="chart" size={14} />
                {t('dashboard.campaigns.report', { name: c.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex items-center gap-2">
        <button type="button" className={`no-print ${ui.buttonSmall}`} onClick={() => shift(-1)} aria-label={t('dashboard.calendar.previous')}><Icon name="chevronRight" size={14} className="rotate-180" /></button>
        <h3 className={`${ui.subTitle} min-w-40 text-center`} aria-live="polite">{monthTitle(month)}</h3>
        <button type="button" className={`no-print ${ui.buttonSmall}`} onClick={() => shift(1)} aria-label={t('dashboard.calendar.next')}><Icon name="chevronRight" size={14} /></button>
      </div>
      <div className="grid grid-cols-7 gap-px overflow-hidden rounded-md border border-slate-200 bg-slate-200 text-xs" data-scout="calendar">
        {weekdays().map((d) => <div key={d} className="bg-slate-50 p-1 font-medium text-slate-700">{d}</div>)}
        {cells.map((day, i) => (
          <div key={i} className="min-h-14 bg-white p-1">
            {day && (
              <>
                <div className="text-slate-600">{Number(day.slice(8))}</div>
                {campaigns.filter((c) => c.startsAt <= day && c.endsAt >= day).map((c) => <div key={c.id} className="truncate rounded bg-sky-100 px-0.5 text-sky-900">{c.name}</div>)}
                {followUps.get(day) ? <div className={ui.warning}>{tn('dashboard.calendar.followUps', followUps.get(day)!)}</div> : null}
              </>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
