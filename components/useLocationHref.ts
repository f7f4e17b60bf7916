import { useEffect, useState } from 'react';

/**
 * The page's address, kept current through client-side navigation by polling (TikTok's history calls
 * happen in the page's world, out of a content script's sight). The setter lets a faster signal, such
 * as the page tap's "navigate", update it at once.
 */
export function useLocationHref(): [string, (url: string) => void] {
  const [url, setUrl] = useState(location.href);
  useEffect(() => {
    const poll = setInterval(() => setUrl((u) => (u === location.href ? u : location.href)), 500);
    return () => clearInterval(poll);
  }, []);
  return [url, setUrl];
}
