import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { ToFrame, type FrameKind, type FrameState, type FromFrame } from '../lib/messaging/protocol-frames';
import { portName, takeEarlyPort } from './frame-port';

const RECONNECT_MAX = 20;

export interface Frame {
  /** The page state of this frame's own tab, as the background holds it; undefined until it answers. */
  state: FrameState | undefined;
  /** Changes when the user asks to open the panel (keyboard shortcut). */
  openSignal: number;
  post(message: FromFrame): void;
}

/**
 * A panel frame's line to the background: a runtime port named for the frame's kind. The background
 * knows the port's tab and sends that tab's page state, now and on every change. The frame listens to
 * nothing else: not window messages, which the page could forge.
 */
export function useFrame(kind: FrameKind): Frame {
  const [state, setState] = useState<FrameState>();
  const [openSignal, setOpenSignal] = useState(0);
  const port = useRef<Browser.runtime.Port | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let tries = 0;
    const connect = () => {
      const onMessage = (raw: unknown) => {
        const m = ToFrame.safeParse(raw);
        if (!m.success) return;
        tries = 0;
        if (m.data.type === 'open') setOpenSignal((n) => n + 1);
        else if (m.data.state.kind === kind) setState(m.data.state);
      };
      const early = takeEarlyPort(kind, onMessage);
      const p = early ?? browser.runtime.connect({ name: portName(kind) });
      if (!early) p.onMessage.addListener(onMessage);
      port.current = p;
      // The service worker was stopped: connect again (it keeps no ports across a restart).
      p.onDisconnect.addListener(() => {
        if (live && tries < RECONNECT_MAX) setTimeout(connect, 100 * ++tries);
      });
    };
    connect();
    return () => {
      live = false;
      port.current?.disconnect();
    };
  }, [kind]);
  const post = useCallback((message: FromFrame) => {
    try {
      port.current?.postMessage(message);
    } catch {
      /* reconnecting */
    }
  }, []);
  return { state, openSignal, post };
}
