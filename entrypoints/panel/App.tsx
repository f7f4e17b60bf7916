import { CreatorPanel, UnreadablePanel } from '../../components/CreatorPanel';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { FrameShell } from '../../components/FrameShell';
import { useFrame } from '../../components/useFrame';
import type { Ask } from '../../lib/messaging/client';
import { t } from '../../lib/i18n/t';

/** The profile/video panel: the creator on screen in this frame's tab, as its content script read them. */
export function App({ ask }: { ask: Ask }) {
  const frame = useFrame('panel');
  const view = frame.state?.kind === 'panel' ? frame.state.view : undefined;
  if (!view || view.kind === 'none') return null;
  return (
    <FrameShell frame={frame} ask={ask}>
      <ErrorBoundary name={t('popup.error.part.profile')}>
        {view.kind === 'reading' && (
          <div data-scout="overlay" data-state="reading" data-handle={view.handle} className="rounded-lg border border-slate-300 bg-white p-2 pr-5 font-sans text-xs text-slate-800 shadow">
            {t('popup.panel.reading', { handle: `@${view.handle}` })}
          </div>
        )}
        {view.kind === 'unreadable' && <UnreadablePanel reason={view.reason} />}
        {view.kind === 'creator' && <CreatorPanel key={view.creator.handle} openSignal={frame.openSignal} creator={view.creator} videos={view.videos} warnings={view.warnings} ask={ask} />}
      </ErrorBoundary>
    </FrameShell>
  );
}
