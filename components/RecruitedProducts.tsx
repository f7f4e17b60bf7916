type Product = { id: string; title: string };

/** On the creator panel: the saved Shop products this creator is recruited for, to link or unlink. */
export function RecruitedProducts({ linked, products, busy, onChange }: { linked: string[]; products: Product[]; busy: boolean; onChange: (productId: string, recruited: boolean) => void }) {
  if (!linked.length && !products.length) return null;
  const title = (id: string) => products.find((p) => p.id === id)?.title ?? `product ${id}`;
  const others = products.filter((p) => !linked.includes(p.id));
  return (
    <div data-scout="recruited-products" className="flex flex-wrap items-center gap-1 text-xs">
      <span className="text-slate-500">Recruiting for</span>
      {linked.length === 0 && <span className="text-slate-500">no product</span>}
      {linked.map((id) => (
        <span key={id} className="inline-flex max-w-full items-center gap-1 rounded bg-slate-100 px-1">
          <span className="max-w-40 truncate">{title(id)}</span>
          <button type="button" aria-label={`Not recruiting for ${title(id)}`} disabled={busy} onClick={() => onChange(id, false)}>
            ×
          </button>
        </span>
      ))}
      {others.length > 0 && (
        <select aria-label="Recruit for a product" disabled={busy} className="max-w-40 rounded border border-slate-300 px-1" value="" onChange={(e) => e.target.value && onChange(e.target.value, true)}>
          <option value="">add a product…</option>
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
