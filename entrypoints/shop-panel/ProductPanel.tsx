import { useEffect, useState } from 'react';
import type { Ask } from '../../lib/messaging/client';
import type { ProductRecruit } from '../../lib/messaging/protocol';
import type { ExtractedProduct } from '../../lib/model/page';
import { STAGE_LABEL } from '../../lib/model/constants';
import { compactNumber, money, na } from '../../lib/format';
import { t, tn } from '../../lib/i18n/t';
import { StatusLine, useAction } from '../../components/useAction';
import { Icon } from '../../components/Icon';

const VIA = ['linked', 'sample', 'campaign'] as const;
const viaLabel = (v: (typeof VIA)[number]) => t(`popup.product.via.${v}`);

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
    act(t('popup.product.saved'), async () => {
      const r = await ask('product.save', { product });
      setSaved(true);
      return r.recruits;
    });
  const recruit = (who: string, recruited: boolean) =>
    act(recruited ? t('popup.product.recruiting', { handle: `@${who.replace(/^@/, '')}` }) : t('popup.product.unlinked', { handle: `@${who}` }), async () => {
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
        {product.price ? money(product.price.amount, product.price.currency) : na()} · {product.soldCount === undefined ? na() : tn('popup.product.sold', product.soldCount, { sold: compactNumber(product.soldCount) })} · {product.shopName ?? na()}
      </p>
      <button data-scout="save-product" type="button" disabled={busy} onClick={save} className="inline-flex items-center gap-1 rounded-md bg-sky-700 px-2 py-1 font-medium text-white hover:bg-sky-800 disabled:opacity-50">
        <Icon name={saved ? 'check' : 'package'} size={14} />
        {t(saved ? 'popup.product.update' : 'popup.product.save')}
      </button>
      {recruits && (
        <div data-scout="product-recruits">
          <p className="font-medium">{recruits.length ? t('popup.product.recruits', { count: recruits.length }) : t('popup.product.noRecruits')}</p>
          {!recruits.length && <p className="text-slate-600">{t('popup.product.noRecruitsHint')}</p>}
          <ul className="max-h-40 overflow-auto">
            {recruits.map((r) => (
              <li key={r.handle} data-handle={r.handle} className="flex items-center justify-between gap-1">
                <span className="truncate">
                  @{r.handle} <span className="text-slate-600">{STAGE_LABEL[r.stage]} · {r.via.map(viaLabel).join(', ')}</span>
                </span>
                {r.via.includes('linked') && (
                  <button type="button" className="rounded hover:bg-slate-100" aria-label={t('popup.product.unlink', { handle: `@${r.handle}` })} disabled={busy} onClick={() => void recruit(r.handle, false)}>
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
        <input aria-label={t('popup.product.recruitLabel')} placeholder={t('popup.product.recruitHint')} className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 text-slate-900" value={handle} onChange={(e) => setHandle(e.target.value)} />
        <button type="submit" disabled={busy || !handle.trim()} className="rounded-md border border-slate-300 bg-white px-2 font-medium hover:bg-slate-50 disabled:opacity-50">
          {t('popup.product.recruit')}
        </button>
      </form>
      <StatusLine status={status} />
    </div>
  );
}
