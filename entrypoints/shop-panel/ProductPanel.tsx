import { useEffect, useState } from 'react';
import type { Ask } from '../../lib/messaging/client';
import type { ProductRecruit } from '../../lib/messaging/protocol';
import type { ExtractedProduct } from '../../lib/model/page';
import { STAGE_LABEL } from '../../lib/model/constants';
import { compactNumber, na } from '../../lib/format';
import { StatusLine, useAction } from '../../components/useAction';

const VIA_LABEL = { linked: 'linked', sample: 'sample sent', campaign: 'campaign shortlist' } as const;

/** On a Shop product page: save the product, see which pipeline creators are recruited for it, recruit more. */
export function ProductPanel({ product, ask }: { product: ExtractedProduct; ask: Ask }) {
  const [saved, setSaved] = useState<boolean | undefined>();
  const [recruits, setRecruits] = useState<ProductRecruit[] | undefined>();
  const [handle, setHandle] = useState('');
  const { busy, status, setStatus, act: runAction } = useAction();

  useEffect(() => {
    let live = true;
    ask('product.recruits', { productId: product.id }).then(
      (r) => live && (setSaved(r.saved), setRecruits(r.recruits)),
      (e: Error) => live && setStatus({ kind: 'error', text: e.message }),
    );
    return () => {
      live = false;
    };
  }, [ask, product.id]);

  const act = (label: string, run: () => Promise<ProductRecruit[]>) => runAction(label, run, setRecruits);
  const save = () =>
    act('Product saved', async () => {
      const r = await ask('product.save', { product });
      setSaved(true);
      return r.recruits;
    });
  const recruit = (who: string, recruited: boolean) =>
    act(recruited ? `Recruiting @${who.replace(/^@/, '')} for it` : `@${who} unlinked`, async () => {
      // A product someone is recruited for is one to keep: saved, so the creator's panel can name it.
      if (recruited && !saved) {
        await ask('product.save', { product });
        setSaved(true);
      }
      return (await ask('product.recruit', { productId: product.id, handle: who, recruited })).recruits;
    });

  return (
    <div data-scout="product" data-product-id={product.id} className="w-72 space-y-1 rounded-lg border border-slate-300 bg-white p-3 font-sans text-xs shadow-xl">
      <p className="truncate font-semibold">{product.title}</p>
      <p className="text-slate-600">
        {product.price ? `${product.price.amount} ${product.price.currency}` : na()} · {product.soldCount === undefined ? na() : `${compactNumber(product.soldCount)} sold`} · {product.shopName ?? na()}
      </p>
      <button data-scout="save-product" type="button" disabled={busy} onClick={save} className="rounded bg-sky-700 px-2 py-1 font-medium text-white disabled:opacity-50">
        {saved ? 'Saved · update' : 'Save product'}
      </button>
      {recruits && (
        <div data-scout="product-recruits">
          <p className="font-medium">{recruits.length ? `Recruited for it (${recruits.length})` : 'No pipeline creator is recruited for it yet.'}</p>
          <ul className="max-h-40 overflow-auto">
            {recruits.map((r) => (
              <li key={r.handle} data-handle={r.handle} className="flex items-center justify-between gap-1">
                <span className="truncate">
                  @{r.handle} <span className="text-slate-500">{STAGE_LABEL[r.stage]} · {r.via.map((v) => VIA_LABEL[v]).join(', ')}</span>
                </span>
                {r.via.includes('linked') && (
                  <button type="button" aria-label={`Unlink @${r.handle}`} disabled={busy} onClick={() => void recruit(r.handle, false)}>
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="flex gap-1"
        onSubmit={async (e) => {
          e.preventDefault();
          if (handle.trim() && (await recruit(handle.trim(), true))) setHandle('');
        }}
      >
        <input aria-label="Recruit a creator for this product" placeholder="@handle" className="min-w-0 flex-1 rounded border border-slate-300 px-1" value={handle} onChange={(e) => setHandle(e.target.value)} />
        <button type="submit" disabled={busy || !handle.trim()} className="rounded border border-slate-300 px-2 disabled:opacity-50">
          Recruit
        </button>
      </form>
      <StatusLine status={status} />
    </div>
  );
}
