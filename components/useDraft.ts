import { useEffect, useRef, useState } from 'react';

/**
 * Form state that survives the popup closing (it closes whenever focus leaves it): kept in the
 * extension page's own localStorage under `key`. Without a key it is plain state, as in content
 * scripts, where localStorage would be TikTok's and readable by the page.
 */
export function useDraft<T extends object>(key: string | undefined, initial: T): [T, (next: T) => void] {
  const first = useRef(initial);
  const [value, setValue] = useState<T>(() => {
    if (!key) return initial;
    try {
      const saved = localStorage.getItem(key);
      return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    if (!key) return;
    try {
      if (value === first.current) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // A full or disabled storage only costs the draft.
    }
  }, [key, value]);
  return [value, setValue];
}
