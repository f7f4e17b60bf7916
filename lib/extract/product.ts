import type { ExtractedProduct, PageExtract } from '../model/page';
import { parseCount, parseMoney } from './counts';
import { attrOf, isRecord, metaContent, safeJson, textOf } from './dom';

function productLds(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const data = safeJson(s.textContent);
    const nodes = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
    for (const n of nodes) {
      const type = isRecord(n) ? n['@type'] : undefined;
      if (isRecord(n) && (type === 'Product' || (Array.isArray(type) && type.includes('Product')))) found.push(n);
    }
  }
  return found;
}

const ldId = (n: Record<string, unknown>) => (typeof n.productID === 'string' ? n.productID : typeof n.sku === 'string' ? n.sku : undefined);

const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₫': 'VND', '฿': 'THB', '₱': 'PHP', RM: 'MYR', Rp: 'IDR', 'S$': 'SGD', 'MX$': 'MXN', 'R$': 'BRL' };

/** "$18.99", "18,99 €", "Rp 149.000", "RM12.90" → amount and ISO currency. */
export function parsePrice(text: string): { amount: number; currency: string } | undefined {
  const m = /(MX\$|S\$|R\$|RM|Rp|[$£€¥₫฿₱])?\s*([\d.,\s]*\d)\s*(MX\$|S\$|R\$|RM|Rp|[$£€¥₫฿₱])?/.exec(text);
  const symbol = m?.[1] ?? m?.[3];
  if (!m || !symbol) return undefined;
  const amount = parseMoney(m[2]!);
  return amount !== undefined ? { amount, currency: CURRENCY_SYMBOL[symbol] ?? symbol } : undefined;
}

const num = (v: unknown) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

export function extractProduct(doc: Document, url: string, idFromUrl: string | undefined): PageExtract {
  const lds = productLds(doc);
  const canonical = attrOf(doc, 'link[rel="canonical"]', 'href');
  // After a client-side navigation the head still describes the previous product: structured data or a
  // canonical link naming another id than the address. Then only the visible page is read.
  const matching = idFromUrl ? lds.find((n) => ldId(n) === idFromUrl) : undefined;
  const stale = !!idFromUrl && !matching && (lds.some((n) => ldId(n) !== undefined) || (!!canonical && !canonical.includes(idFromUrl)));
  const ld = stale ? undefined : (matching ?? lds[0]);
  const head = (name: string) => (stale ? undefined : metaContent(doc, name));
  const offers = ld ? (Array.isArray(ld.offers) ? ld.offers[0] : ld.offers) : undefined;
  const offer = isRecord(offers) ? offers : undefined;
  const rating = ld && isRecord(ld.aggregateRating) ? num(ld.aggregateRating.ratingValue) : undefined;
  const brand = ld && isRecord(ld.brand) ? ld.brand.name : undefined;

  const ldAmount = num(offer?.price ?? offer?.lowPrice);
  const metaAmount = num(head('product:price:amount'));
  const currency = (offer?.priceCurrency as string | undefined) ?? head('product:price:currency');
  const domPrice = parsePrice(textOf(doc, '[class*="price"]') ?? '');
  const amount = ldAmount ?? metaAmount;
  const price = amount !== undefined && currency ? { amount, currency } : domPrice;

  const soldText = [...doc.querySelectorAll('[class*="sold"], [class*="Sold"]')].map((e) => e.textContent ?? '').find((t) => /\d/.test(t));
  const title = (typeof ld?.name === 'string' ? ld.name : undefined) ?? head('og:title') ?? textOf(doc, 'h1');
  const id = (typeof ld?.productID === 'string' ? ld.productID : undefined) ?? idFromUrl ?? (typeof ld?.sku === 'string' ? ld.sku : undefined);
  if (!id || !title) return { kind: 'unknown', reason: 'a Shop page without a readable product id or title', warnings: ['product'] };

  const product: ExtractedProduct = {
    id,
    title,
    price,
    soldCount: soldText ? parseCount(soldText) : undefined,
    rating: rating ?? num(textOf(doc, '[class*="rating"] span')),
    shopName: (typeof brand === 'string' ? brand : undefined) ?? textOf(doc, 'a[href*="/shop/store/"], [class*="shop-name"]'),
    url: (stale ? undefined : canonical) ?? url,
  };
  const warnings = (['price', 'soldCount', 'rating', 'shopName'] as const).filter((k) => product[k] === undefined).map((k) => `product.${k}`);
  return { kind: 'product', product: Object.fromEntries(Object.entries(product).filter(([, v]) => v !== undefined)) as ExtractedProduct, warnings };
}
