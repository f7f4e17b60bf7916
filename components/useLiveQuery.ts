import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** A Dexie live query as React state: re-runs when the tables it read change, in any context. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.warn('[Creator Scout] query failed', e) });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
