import { useEffect, useState, type ReactNode } from 'react';
import type { Ask } from '../lib/messaging/client';
import type { PanelSide } from '../lib/messaging/protocol';

/**
 * Holds an on-page panel fixed in a bottom corner, with a button that moves it to the other corner
 * (off whatever TikTok shows there); the choice is kept for every page and panel.
 */
export function Docked({ ask, children }: { ask: Ask; children: ReactNode }) {
  const [side, setSide] = useState<PanelSide>('right');
  useEffect(() => {
    let live = true;
    ask('overlay.context', {}).then((c) => live && setSide(c.panelSide), () => {});
    return () => {
      live = false;
    };
  }, [ask]);
  const other = side === 'right' ? 'left' : 'right';
  const move = () => {
    setSide(other);
    ask('overlay.setPanelSide', { side: other }).catch(() => {});
  };
  return (
    <div data-scout="dock" data-side={side} className={`fixed bottom-4 z-[2147483000] flex items-end gap-1 ${side === 'left' ? 'left-4 flex-row-reverse' : 'right-4'}`}>
      <button type="button" aria-label={`Move Creator Scout to the ${other}`} title={`Move to the ${other}`} onClick={move} className="rounded border border-slate-300 bg-white px-1 font-sans text-xs text-slate-500 shadow">
        {side === 'right' ? '\u2190' : '\u2192'}
      </button>
      {children}
    </div>
  );
}
