import type { ScoutDB } from './db';
import { ProductRecord } from '../lib/model/collections';
import type { ExtractedProduct } from '../lib/model/page';
import { putSynced } from './synced-write';

export const productsRepo = {
  get: (db: ScoutDB, id: string) => db.products.get(id),
  recent: (db: ScoutDB, limit = 50) => db.products.orderBy('seenAt').reverse().limit(limit).toArray(),
  save: (db: ScoutDB, product: ExtractedProduct, now: Date) =>
    putSynced(db, 'products', product.id, ProductRecord.parse({ ...product, seenAt: now.toISOString() }), now),
};
