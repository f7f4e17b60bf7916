import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Ask } from '../lib/messaging/client';
import type { PanelSide } from '../lib/messaging/protocol';
import type { Frame } from './useFrame';
import { t } from '../lib/i18n/t';
import { Icon } from './Icon';

/**
 * The body of a panel frame: the panel with a button that moves it to the other bottom corner (off
 * whatever TikTok shows there; the choice is kept for every page and panel) and one that hides it.
 * It measures itself and reports its size and corner, through the background, to the content script
 * that sizes the iframe; Escape hides it and gives the focus back to the page.
 */
export function FrameShell({ frame, ask, closable = true, children }: { frame: Frame; ask: Ask; closable?: boolean; children: ReactNode }) {
  const [side, setSide] = useState<PanelSide>('right');
  const dock = useRef<HTMLDivElement>(null);
  // TikTok's dark theme in this tab, from the page state; otherwise the panel follows the system.
  const pageDark = frame.state?.dark === true;
  const { post, openSignal } = frame;

  useEffect(() => {
    let live = true;
    ask('overlay.context', {}).then((c) => live && setSide(c.panelSide), () => {});
    return () => {
      live = false;
    };
  }, [ask]);

  useEffect(() => {
    const el = dock.current;
    if (!el) return;
    const report = () => {
      const r = el.getBoundingClientRect();
      post({ type: 'layout', width: Math.ceil(r.width), height: Math.ceil(r.height), side });
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [post, side]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') post({ type: 'close' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [post]);

  useEffect(() => {
    if (!openSignal) return;
    // After the panel has rendered open: the focus goes to its first control.
    const t = setTimeout(() => {
      const root = dock.current;
      (root?.querySelector<HTMLElement>('[aria-expanded]') ?? root?.querySelector<HTMLElement>('button:not([data-shell]), input, select'))?.focus();
    }, 0);
    return () => clearTimeout(t);
  }, [openSignal]);

  const other = side === 'right' ? 'left' : 'right';
  const move = () => {
    setSide(other);
    ask('overlay.setPanelSide', { side: other }).catch(() => {});
  };
  return (
    // The frame's document stays light (a scheme unlike the iframe element's paints an opaque backdrop over
    // TikTok's page); the panel itself follows the system, or TikTok's dark theme (#dark from the host).
    <div ref={dock} data-scout="dock" data-side={side} data-theme={pageDark ? 'dark' : 'auto'} className={`flex w-max items-end gap-1 p-1 text-slate-900 ${side === 'left' ? 'flex-row-reverse' : ''}`}>
      <button data-shell type="button" aria-label={t(other === 'left' ? 'popup.frame.moveLeft' : 'popup.frame.moveRight')} title={t(other === 'left' ? 'popup.frame.moveLeft' : 'popup.frame.moveRight')} onClick={move} className="rounded border border-slate-300 bg-white px-1 font-sans text-xs text-slate-600 shadow hover:bg-slate-50">
        {side === 'right' ? '\u2190' : '\u2192'}
      </button>
      <div className="relative">
        {children}
        {closable && (
          <button data-shell type="button" aria-label={t('popup.frame.hide')} title={t('popup.frame.hideKey')} className="absolute top-1 right-1 rounded text-slate-600 hover:bg-slate-100" onClick={() => post({ type: 'close' })}>
            <Icon name="close" size={14} />
          </button>
        )}
      </div>
    </div>
  );
}
