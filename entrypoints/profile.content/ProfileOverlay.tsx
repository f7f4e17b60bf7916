import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ToContent } from '../../lib/messaging/to-content';
import { CreatorPanel, UnreadablePanel } from '../../components/CreatorPanel';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { Ask } from '../../lib/messaging/client';
import { useCurrentPage } from './useCurrentPage';
import { Docked } from '../../components/Docked';

/** Fixed in a bottom corner (right unless moved), over the page: it never shifts TikTok's layout. */
export function ProfileOverlay({ ask }: { ask: Ask }) {
  const view = useCurrentPage();
  const [hidden, setHidden] = useState(false);
  const [openSignal, setOpenSignal] = useState(0);
  useEffect(() => {
    // The keyboard shortcut (via the background) opens the panel, and brings it back if it was hidden.
    const onMessage = (raw: unknown) => {
      if (!ToContent.safeParse(raw).success) return;
      setHidden(false);
      setOpenSignal((n) => n + 1);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  if (view.kind === 'none' || hidden) return null;
  return (
    <Docked ask={ask}>
      <div className="relative max-h-[80vh] overflow-auto">
        <ErrorBoundary name="profile panel">
          {view.kind === 'reading' && (
            <div data-scout="overlay" data-state="reading" data-handle={view.handle} className="rounded-lg border bg-white p-2 font-sans text-xs shadow">
              Reading @{view.handle}…
            </div>
          )}
          {view.kind === 'unreadable' && <UnreadablePanel reason={view.reason} />}
          {view.kind === 'creator' && <CreatorPanel key={view.creator.handle} openSignal={openSignal} creator={view.creator} videos={view.videos} warnings={view.warnings} ask={ask} />}
        </ErrorBoundary>
        <button type="button" aria-label="Hide Creator Scout" className="absolute top-1 right-1 text-xs text-slate-500" onClick={() => setHidden(true)}>
          ×
        </button>
      </div>
    </Docked>
  );
}
