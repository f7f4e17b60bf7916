import { t } from '../lib/i18n/t';

type Product = { id: string; title: string };

/** On the creator panel: the saved Shop products this creator is recruited for, to link or unlink. */
export function RecruitedProducts({ linked, products, busy, onChange }: { linked: string[]; products: Product[]; busy: boolean; onChange: (productId: string, recruited: boolean) => void }) {
  if (!linked.length && !products.length) return null;
  const title = (id: string) => products.find((p) => p.id === id)?.title ?? t('popup.products.unnamed', { id });
  const others = products.filter((p) => !linked.includes(p.id));
  return (
    <div data-scout="recruited-products" className="flex flex-wrap items-center gap-1 text-xs">
      <span className="text-slate-600">{t('popup.products.recruitingFor')}</span>
      {linked.length === 0 && <span className="text-slate-600">{t('popup.products.none')}</span>}
      {linked.map((id) => (
        <span key={id} className="inline-flex max-w-full items-center gap-1 rounded bg-slate-100 px-1">
          <span className="max-w-40 truncate">{title(id)}</span>
          <button type="button" className="rounded hover:bg-slate-200" aria-label={t('popup.products.unlink', { product: title(id) })} disabled={busy} onClick={() => onChange(id, false)}>
            ×
          </button>
        </span>
      ))}
      {others.length > 0 && (
        <select aria-label={t('popup.products.recruit')} disabled={busy} className="max-w-40 rounded border border-slate-300 bg-white px-1 text-slate-900" value="" onChange={(e) => e.target.value && onChange(e.target.value, true)}>
          <option value="">{t('popup.products.recruitHint')}</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
