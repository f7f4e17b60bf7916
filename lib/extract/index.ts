import type { PageExtract } from '../model/page';
import { extractMarketplace } from './marketplace';
import { extractProduct } from './product';
import { extractProfile } from './profile';
import { classifyUrl } from './url';
import { extractVideo } from './video';

export type { PageExtract } from '../model/page';
export { parseCount } from './counts';

/**
 * Read a TikTok page (DESIGN §5). Never throws: TikTok changes its pages without notice, and a page we
 * do not understand must become a message in the overlay, not an exception in TikTok's page.
 */
export function extractPage(doc: Document, url: string): PageExtract {
  try {
    const where = classifyUrl(url);
    switch (where.kind) {
      case 'profile':
        return extractProfile(doc, where.handle);
      case 'video':
        return extractVideo(doc, where.handle, where.videoId);
      case 'product':
        return extractProduct(doc, url, where.productId);
      case 'marketplace':
        return extractMarketplace(doc);
      default:
        return { kind: 'unknown', reason: where.reason, warnings: [] };
    }
  } catch (err) {
    return { kind: 'unknown', reason: `could not read this page: ${err instanceof Error ? err.message : String(err)}`, warnings: [] };
  }
}
