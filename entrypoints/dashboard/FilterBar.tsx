import type { List, ProductRecord } from '../../lib/model/collections';
import { t } from '../../lib/i18n/t';
import { PRESETS, PRESET_LABEL, type Preset } from '../../lib/reports/presets';
import { ui } from '../../components/ui';

export interface DashboardFilter {
  preset: Preset;
  /** Only for the custom preset. */
  from?: string;
  to?: string;
  owner?: string;
  listId?: string;
  productId?: string;
}

const field = `${ui.input} min-w-36`;
const label = `${ui.label} flex flex-col`;

/** Period, owner (one of the team's names) and an optional shortlist or product. */
export function FilterBar({ filter, onChange, owners, lists, products }: { filter: DashboardFilter; onChange: (f: DashboardFilter) => void; owners: string[]; lists: List[]; products: ProductRecord[] }) {
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...filter, ...patch });
  return (
    <section aria-label={t('dashboard.filter.label')} className="no-print flex flex-wrap items-end gap-3">
      <label className={label}>{t('dashboard.filter.period')}
        <select data-scout="period" className={field} value={filter.preset} onChange={(e) => set({ preset: e.target.value as Preset })}>
          {PRESETS.map((p) => <option key={p} value={p}>{PRESET_LABEL[p]}</option>)}
        </select>
      </label>
      {filter.preset === 'custom' && (
        <>
          <label className={label}>{t('dashboard.filter.from')}<input type="date" className={field} value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} /></label>
          <label className={label}>{t('dashboard.filter.to')}<input type="date" className={field} value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} /></label>
        </>
      )}
      <label className={label}>{t('dashboard.filter.owner')}
        <select data-scout="owner" className={field} value={filter.owner ?? ''} onChange={(e) => set({ owner: e.target.value || undefined })}>
          <option value="">{t('dashboard.filter.everyone')}</option>
          {owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
      <label className={label}>{t('dashboard.filter.shortlist')}
        <select className={field} value={filter.listId ?? ''} onChange={(e) => set({ listId: e.target.value || undefined })}>
          <option value="">{t('dashboard.filter.allShortlists')}</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </label>
      <label className={label}>{t('dashboard.filter.product')}
        <select className={field} value={filter.productId ?? ''} onChange={(e) => set({ productId: e.target.value || undefined })}>
          <option value="">{t('dashboard.filter.allProducts')}</option>
          {products.map((p) => <option key={p.id} value={p.id}>{p.title.slice(0, 40)}</option>)}
        </select>
      </label>
    </section>
  );
}
