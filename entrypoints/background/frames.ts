import { browser, type Browser } from 'wxt/browser';
import { createPageStates } from '../../lib/frames/page-state';
import { FRAME_PORT_PREFIX, FrameKind, FromFrame, type FrameState, type FrameToContent, type ToFrame } from '../../lib/messaging/protocol-frames';

type Port = Browser.runtime.Port;

/**
 * The background's side of the panel frames. Each frame opens a port named for its kind; the port's
 * sender tells which tab it is in, so a frame is only ever shown its own tab's page state (kept here,
 * reported by that tab's content script). Frame requests that concern the page (size, close, chips to
 * repaint) are passed on to the tab's content script, which alone touches the page.
 */
export function startFrameHub() {
  const ports = new Map<number, Set<{ kind: FrameKind; port: Port }>>();
  const post = (port: Port, message: ToFrame) => {
    try {
      port.postMessage(message);
    } catch {
      /* the frame went away */
    }
  };
  const pages = createPageStates((tabId: number, state: FrameState) => {
    for (const p of ports.get(tabId) ?? []) if (p.kind === state.kind) post(p.port, { type: 'state', state });
  });
  // Content scripts run in the top frame only, so that is where a frame's requests go.
  const toContent = (tabId: number, message: FrameToContent) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {});
  const ownOrigin = browser.runtime.getURL('/');

  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith(FRAME_PORT_PREFIX)) return;
    const kind = FrameKind.safeParse(port.name.slice(FRAME_PORT_PREFIX.length));
    const tabId = port.sender?.tab?.id;
    // Only our own pages, framed in a tab: never a content script, never another extension.
    // (On Chrome the iframe's src is a per-session dynamic URL, but the document it loads, which is the
    // sender here, has the extension's own origin.)
    const ours = port.sender?.id === browser.runtime.id && !!port.sender.url?.startsWith(ownOrigin);
    if (!kind.success || tabId === undefined || !ours) return port.disconnect();
    const entry = { kind: kind.data, port };
    const set = ports.get(tabId) ?? new Set();
    ports.set(tabId, set.add(entry));
    port.onDisconnect.addListener(() => set.delete(entry));
    port.onMessage.addListener((raw: unknown) => {
      const msg = FromFrame.safeParse(raw);
      if (!msg.success) return;
      const m = msg.data;
      if (m.type === 'layout') void toContent(tabId, { type: 'frame.layout', kind: kind.data, width: m.width, height: m.height, side: m.side });
      else if (m.type === 'close') void toContent(tabId, { type: 'frame.close', kind: kind.data });
      else void toContent(tabId, { type: 'chips.paint', chips: m.chips });
    });
    const state = pages.get(tabId, kind.data);
    if (state) post(port, { type: 'state', state });
    // Nothing kept for this tab (the service worker was restarted): ask its content script again.
    else void toContent(tabId, { type: 'page.resend' });
  });
  browser.tabs.onRemoved.addListener((tabId) => pages.reset(tabId));

  return {
    pages,
    /** The keyboard shortcut: every frame of the tab opens and the panel takes the focus. */
    open(tabId: number) {
      for (const p of ports.get(tabId) ?? []) post(p.port, { type: 'open' });
    },
  };
}
