import { browser } from 'wxt/browser';
import type { FrameToContent } from '../../lib/messaging/protocol-frames';

type Listener = (message: FrameToContent) => void;
const listeners = new Set<Listener>();
const TYPES = new Set(['overlay.open', 'frame.layout', 'frame.close', 'page.resend', 'chips.paint']);

/**
 * Messages our background sends this tab's content script (only our own extension can). Their shape is
 * checked by hand where they are used: no schema library in content scripts.
 */
export function onBackgroundMessage(listener: Listener): void {
  if (!listeners.size) {
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const m = raw as { type?: unknown } | null;
      if (typeof m !== 'object' || m === null || typeof m.type !== 'string' || !TYPES.has(m.type)) return;
      for (const l of listeners) l(m as FrameToContent);
    });
  }
  listeners.add(listener);
}
