import { useState } from 'react';
import type { Ask } from '../../lib/messaging/client';
import type { ExtractedProduct } from '../../lib/model/page';
import { compactNumber, NA } from '../../lib/format';

/** On a Shop product page: save the product, and see which pipeline creators were recruited for it. */
export function ProductPanel({ product, ask }: { product: ExtractedProduct; ask: Ask }) {
  const [recruited, setRecruited] = useState<string[] | undefined>();
  const [status, setStatus] = useState('');
  const save = async () => {
    try {
      const r = await ask('product.save', { product });
      setRecruited(r.recruitedFor);
      setStatus('Product saved');
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div data-scout="product" data-product-id={product.id} className="fixed right-4 bottom-4 z-[2147483000] w-72 rounded-lg border border-slate-300 bg-white p-3 font-sans text-xs shadow-xl">
      <p className="truncate font-semibold">{product.title}</p>
      <p className="text-slate-600">
        {product.price ? `${product.price.amount} ${product.price.currency}` : NA} · {product.soldCount === undefined ? NA : `${compactNumber(product.soldCount)} sold`} · {product.shopName ?? NA}
      </p>
      <button data-scout="save-product" type="button" onClick={save} className="mt-2 rounded bg-sky-700 px-2 py-1 font-medium text-white">
        Save product
      </button>
      {recruited && <p className="mt-1">{recruited.length ? `Recruited for it: ${recruited.map((h) => `@${h}`).join(', ')}` : 'No pipeline creator is recruited for it yet.'}</p>}
      {status && <p role="status" data-scout="status">{status}</p>}
    </div>
  );
}
