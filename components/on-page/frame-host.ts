import { browser } from 'wxt/browser';
import type { FrameKind } from '../../lib/messaging/protocol-frames';
import { onBackgroundMessage } from './from-background';
import { send } from './send';
import { isDarkBackground } from '../../lib/theme';

const MARGIN = 12;

export interface FrameHost {
  /** Show the frame for what the page shows now (`handle` for the profile/video panel), or remove it when there is nothing to show. */
  update(show: boolean, handle?: string): void;
}

/**
 * One panel frame in the page: an extension page in an iframe, fixed in a bottom corner. Its size and
 * corner come from the frame itself (it measures its content and reports through the background);
 * Escape or its close button hide it and give the focus back to the page; the keyboard shortcut shows it
 * again and focuses it. The page sees only the iframe element: the frame's document is the extension's.
 */
/** TikTok's own theme: the background of <body>, else of <html> (transparent says nothing). */
function pageIsDark(): boolean {
  for (const el of [document.body, document.documentElement]) {
    const dark = el ? isDarkBackground(getComputedStyle(el).backgroundColor) : undefined;
    if (dark !== undefined) return dark;
  }
  return false;
}

export function createFrameHost(kind: FrameKind, title: string, resend: () => void): FrameHost {
  let frame: HTMLIFrameElement | undefined;
  let wanted = false;
  let closed = false;
  let size: { width: number; height: number } | undefined;
  let before: Element | null = null;
  let sentDark: boolean | undefined;
  let watchingBody = false;
  // Where TikTok shows its dark theme the panel is dark too: the background passes it to the tab's frames
  // with their page state. The script runs before <body> exists and TikTok switches theme with
  // attributes, so the theme is read again when those change.
  const followTheme = () => {
    const dark = pageIsDark();
    if (!frame || dark === sentDark) return;
    sentDark = dark;
    send('page.theme', { dark }).catch(() => {});
  };
  const themeWatch = new MutationObserver(followTheme);
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'], childList: true });

  const css = (el: HTMLElement, props: Record<string, string>) => {
    // !important: TikTok's stylesheets must not be able to hide, move or stretch the frame.
    for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
  };
  const visible = () => wanted && !closed;
  const paint = () => {
    if (!frame) return;
    css(frame, { display: visible() ? 'block' : 'none', visibility: size ? 'visible' : 'hidden' });
    if (size) {
      css(frame, {
        width: `${Math.min(size.width, innerWidth - 2 * MARGIN)}px`,
        height: `${Math.min(size.height, Math.round(innerHeight * 0.8))}px`,
      });
    }
  };
  const create = () => {
    const f = document.createElement('iframe');
    f.dataset.scout = 'panel-frame';
    f.dataset.frame = kind;
    f.title = title;
    f.setAttribute('allowtransparency', 'true');
    css(f, {
      position: 'fixed', bottom: `${MARGIN}px`, right: `${MARGIN}px`, left: 'auto', top: 'auto', width: '0', height: '0',
      border: '0', margin: '0', padding: '0', 'z-index': '2147483000', background: 'transparent', 'color-scheme': 'light',
      'max-width': 'none', 'max-height': 'none', 'min-width': '0', 'min-height': '0', opacity: '1', transform: 'none',
    });
    f.src = browser.runtime.getURL(`/${kind}.html` as '/popup.html');
    // Outside <body>: TikTok's app re-renders body, and the list's observer watches it for rows.
    document.documentElement.append(f);
    return f;
  };

  onBackgroundMessage((m) => {
    if (m.type === 'page.resend') {
      sentDark = undefined;
      followTheme();
      return resend();
    }
    if (m.type === 'overlay.open') {
      if (!frame || !wanted) return;
      closed = false;
      paint();
      if (document.activeElement !== frame) before = document.activeElement;
      frame.focus();
      return;
    }
    if ((m.type !== 'frame.layout' && m.type !== 'frame.close') || m.kind !== kind || !frame) return;
    if (m.type === 'frame.close') {
      closed = true;
      paint();
      // The focus goes back to where it was in the page before the panel took it.
      if (before instanceof HTMLElement && before.isConnected && before !== document.body) before.focus();
      else window.focus();
      before = null;
      return;
    }
    if (!Number.isFinite(m.width) || !Number.isFinite(m.height)) return;
    size = { width: m.width, height: m.height };
    css(frame, m.side === 'left' ? { left: `${MARGIN}px`, right: 'auto' } : { right: `${MARGIN}px`, left: 'auto' });
    frame.dataset.side = m.side;
    paint();
  });

  return {
    update(show, handle) {
      wanted = show;
      if (show && (!frame || !frame.isConnected)) frame = create();
      if (!frame) return;
      if (document.body && !watchingBody) {
        watchingBody = true;
        themeWatch.observe(document.body, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
      }
      followTheme();
      if (handle) frame.dataset.handle = handle;
      else delete frame.dataset.handle;
      paint();
    },
  };
}
