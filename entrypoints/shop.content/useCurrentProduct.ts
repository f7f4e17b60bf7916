import { useEffect, useRef, useState } from 'react';
import { extractPage } from '../../lib/extract';
import { classifyUrl } from '../../lib/extract/url';
import type { ExtractedProduct } from '../../lib/model/page';
import { watchUntil } from '../../components/watchUntil';
import { useLocationHref } from '../../components/useLocationHref';

export type ProductView = { kind: 'none' } | { kind: 'reading' } | { kind: 'product'; product: ExtractedProduct } | { kind: 'unreadable'; reason: string };

const READ_TIMEOUT_MS = 5000;

/**
 * The product on screen, kept current if the Shop navigates client-side. Nothing on Shop pages that
 * are not product pages (home, search, a store). After a client-side navigation the page's old content
 * is still there for a moment, so a read is only trusted once the DOM has changed, the product's id is
 * the one in the URL and its title is not the previous product's.
 */
export function useCurrentProduct(): ProductView {
  const [url] = useLocationHref();
  const firstUrl = useRef(url);
  const shown = useRef<ExtractedProduct | undefined>(undefined);
  const [view, setView] = useState<ProductView>({ kind: 'none' });

  useEffect(() => {
    const where = classifyUrl(url);
    if (where.kind !== 'product') {
      setView({ kind: 'none' });
      return;
    }
    const previous = shown.current;
    const read = () => {
      const x = extractPage(document, url);
      if (x.kind !== 'product' || (where.productId && x.product.id !== where.productId)) return undefined;
      // The previous product's title under the new address is the old page still on screen.
      return previous && previous.id !== x.product.id && previous.title === x.product.title ? undefined : x.product;
    };
    const show = (product: ExtractedProduct) => {
      shown.current = product;
      setView({ kind: 'product', product });
    };
    const now = url === firstUrl.current ? read() : undefined;
    if (now) return show(now);
    setView({ kind: 'reading' });
    return watchUntil(read, (product) => {
      if (product) return show(product);
      const x = extractPage(document, url);
      setView({ kind: 'unreadable', reason: x.kind === 'unknown' ? x.reason : 'the page shows another product than its address names' });
    }, READ_TIMEOUT_MS);
  }, [url]);

  return view;
}
