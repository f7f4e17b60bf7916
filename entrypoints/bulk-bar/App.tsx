import { ErrorBoundary } from '../../components/ErrorBoundary';
import { FrameShell } from '../../components/FrameShell';
import { useFrame } from '../../components/useFrame';
import type { Ask } from '../../lib/messaging/client';
import { t } from '../../lib/i18n/t';
import { toChipPaints } from './chips';
import { BulkBar } from './BulkBar';

/** The creator list's bulk bar, for the creators chipped on screen in this frame's tab. */
export function App({ ask }: { ask: Ask }) {
  const frame = useFrame('bulk-bar');
  const list = frame.state?.kind === 'bulk-bar' ? frame.state.list : undefined;
  if (!list?.seen.length) return null;
  return (
    <FrameShell frame={frame} ask={ask}>
      <ErrorBoundary name={t('popup.error.part.bulk')}>
        <BulkBar list={list} ask={ask} onAdded={(states) => frame.post({ type: 'chips', chips: toChipPaints(states) })} />
      </ErrorBoundary>
    </FrameShell>
  );
}
