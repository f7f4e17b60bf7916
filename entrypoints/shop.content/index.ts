import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_SHOP } from '../../lib/hosts';
import { extractPage } from '../../lib/extract';
import { classifyUrl } from '../../lib/extract/url';
import type { ExtractedProduct } from '../../lib/model/page';
import type { ProductView } from '../../lib/messaging/protocol-frames';
import { watchUntil } from '../../components/watchUntil';
import { createFrameHost } from '../../components/on-page/frame-host';
import { watchLocation } from '../../components/on-page/location';
import { send } from '../../components/on-page/send';
import { t } from '../../lib/i18n/t';

const READ_TIMEOUT_MS = 5000;

/**
 * Reads the product on screen, kept current if the Shop navigates client-side, and reports it to the
 * background for the product panel's frame. Nothing on Shop pages that are not product pages. After a
 * client-side navigation the page's old content is still there for a moment, so a read is only trusted
 * once the DOM has changed, the product's id is the one in the URL and its title is not the previous one's.
 */
export default defineContentScript({
  matches: TIKTOK_SHOP,
  main(ctx) {
    const firstUrl = location.href;
    let shown: ExtractedProduct | undefined;
    let last: ProductView = { kind: 'none' };
    const report = (view: ProductView) => {
      last = view;
      host.update(view.kind !== 'none');
      send('page.product', { view }).catch(() => {});
    };
    const host = createFrameHost('shop-panel', t('popup.chip.productFrame'), () => report(last));
    let stop: (() => void) | undefined;
    const go = (url: string) => {
      stop?.();
      stop = undefined;
      const where = classifyUrl(url);
      if (where.kind !== 'product') {
        if (last.kind !== 'none') report({ kind: 'none' });
        return;
      }
      const previous = shown;
      const read = () => {
        const x = extractPage(document, url);
        if (x.kind !== 'product' || (where.productId && x.product.id !== where.productId)) return undefined;
        // The previous product's title under the new address is the old page still on screen.
        return previous && previous.id !== x.product.id && previous.title === x.product.title ? undefined : x.product;
      };
      const show = (product: ExtractedProduct) => {
        shown = product;
        report({ kind: 'product', product });
      };
      const now = url === firstUrl ? read() : undefined;
      if (now) return show(now);
      report({ kind: 'reading' });
      stop = watchUntil(read, (product) => {
        if (product) return show(product);
        const x = extractPage(document, url);
        report({ kind: 'unreadable', reason: x.kind === 'unknown' ? x.reason : t('popup.chip.otherProduct') });
      }, READ_TIMEOUT_MS);
    };
    const unwatch = watchLocation(go);
    ctx.onInvalidated(() => {
      unwatch();
      stop?.();
    });
    ctx.setTimeout(() => go(location.href), 0);
  },
});
