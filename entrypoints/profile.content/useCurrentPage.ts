import { useEffect, useRef, useState } from 'react';
import { extractPage } from '../../lib/extract';
import { classifyUrl } from '../../lib/extract/url';
import { mergeTapped } from '../../lib/extract/merge';
import { readTapped, TapMessage } from '../../lib/extract/tap';
import { watchUntil } from '../../components/watchUntil';
import { useLocationHref } from '../../components/useLocationHref';
import type { ExtractedCreator, ExtractedVideo, PageExtract } from '../../lib/model/page';

export type PageView =
  | { kind: 'none' }
  | { kind: 'reading'; handle: string }
  | { kind: 'creator'; creator: ExtractedCreator; videos: ExtractedVideo[]; warnings: string[] }
  | { kind: 'unreadable'; reason: string };

const READ_TIMEOUT_MS = 5000;

/**
 * The creator on screen, kept current through TikTok's client-side navigation. Navigation is seen at
 * once through the page tap (pushState) and, as a fallback, by polling the URL; the DOM is re-read on
 * mutations (one observer, debounced) until the new creator has rendered.
 */
export function useCurrentPage(): PageView {
  const [url, setUrl] = useLocationHref();
  const [view, setView] = useState<PageView>({ kind: 'none' });
  const tapped = useRef({ creators: new Map<string, Partial<ExtractedCreator>>(), videos: new Map<string, ExtractedVideo[]>() });
  const [tapTick, setTapTick] = useState(0);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window) return;
      const msg = TapMessage.safeParse(e.data);
      if (!msg.success) return;
      if (msg.data.kind === 'navigate') return setUrl(msg.data.url);
      const data = readTapped(msg.data.url, msg.data.body);
      const t = tapped.current;
      if (data.kind === 'videos' && data.handle) t.videos.set(data.handle, [...(t.videos.get(data.handle) ?? []), ...data.videos]);
      else if (data.kind === 'creator' && data.creator.handle) t.creators.set(data.creator.handle, data.creator);
      else return;
      setTapTick((n) => n + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [setUrl]);

  useEffect(() => {
    const where = classifyUrl(url);
    if (where.kind !== 'profile' && where.kind !== 'video') {
      setView({ kind: 'none' });
      return;
    }
    const handle = where.handle;
    const read = (): PageExtract => extractPage(document, url);
    const toView = (x: PageExtract): PageView | undefined => {
      const t = tapped.current;
      if (x.kind === 'profile') {
        const merged = mergeTapped(x, t.creators.get(handle), t.videos.get(handle) ?? []);
        return { kind: 'creator', creator: merged.creator, videos: merged.videos, warnings: merged.warnings };
      }
      if (x.kind === 'video') {
        const known = t.creators.get(handle);
        return { kind: 'creator', creator: { nickname: '', bio: '', verified: false, ...known, ...x.creator }, videos: [x.video], warnings: x.warnings };
      }
      return undefined;
    };
    const first = toView(read());
    if (first) {
      setView(first);
      return;
    }
    setView({ kind: 'reading', handle });
    return watchUntil(
      () => toView(read()),
      (v) => {
        if (v) return setView(v);
        const x = read();
        setView(toView(x) ?? { kind: 'unreadable', reason: x.kind === 'unknown' ? x.reason : 'the page did not show a creator' });
      },
      READ_TIMEOUT_MS,
    );
  }, [url, tapTick]);

  return view;
}
