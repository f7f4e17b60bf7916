import type { List, ProductRecord } from '../../lib/model/collections';
import { PRESETS, PRESET_LABEL, type Preset } from '../../lib/reports/presets';

export interface DashboardFilter {
  preset: Preset;
  /** Only for the custom preset. */
  from?: string;
  to?: string;
  owner?: string;
  listId?: string;
  productId?: string;
}

const field = 'rounded border border-slate-300 px-2 py-1 text-sm';

/** Period, owner (one of the team's names) and an optional shortlist or product. */
export function FilterBar({ filter, onChange, owners, lists, products }: { filter: DashboardFilter; onChange: (f: DashboardFilter) => void; owners: string[]; lists: List[]; products: ProductRecord[] }) {
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...filter, ...patch });
  return (
    <section aria-label="Filters" className="no-print flex flex-wrap items-end gap-2 text-sm">
      <label className="flex flex-col">Period
        <select data-scout="period" className={field} value={filter.preset} onChange={(e) => set({ preset: e.target.value as Preset })}>
          {PRESETS.map((p) => <option key={p} value={p}>{PRESET_LABEL[p]}</option>)}
        </select>
      </label>
      {filter.preset === 'custom' && (
        <>
          <label className="flex flex-col">From <input type="date" aria-label="From" className={field} value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} /></label>
          <label className="flex flex-col">To <input type="date" aria-label="To" className={field} value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} /></label>
        </>
      )}
      <label className="flex flex-col">Owner
        <select data-scout="owner" className={field} value={filter.owner ?? ''} onChange={(e) => set({ owner: e.target.value || undefined })}>
          <option value="">Everyone</option>
          {owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
      <label className="flex flex-col">Shortlist
        <select aria-label="Shortlist" className={field} value={filter.listId ?? ''} onChange={(e) => set({ listId: e.target.value || undefined })}>
          <option value="">All shortlists</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </label>
      <label className="flex flex-col">Product
        <select aria-label="Product" className={field} value={filter.productId ?? ''} onChange={(e) => set({ productId: e.target.value || undefined })}>
          <option value="">All products</option>
          {products.map((p) => <option key={p.id} value={p.id}>{p.title.slice(0, 40)}</option>)}
        </select>
      </label>
    </section>
  );
}
