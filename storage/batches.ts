/**
 * Write `items` in batches, each batch one call of `write` (its own transaction), giving the event loop a
 * turn between batches. A large import or pull then never holds the database for seconds: the popup's
 * reads (another context, same database) get in between batches instead of waiting behind one transaction.
 */
export async function inBatches<T>(items: readonly T[], size: number, write: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    if (i) await new Promise((r) => setTimeout(r, 0));
    await write(items.slice(i, i + size));
  }
}
