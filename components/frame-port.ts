import { browser, type Browser } from 'wxt/browser';
import { FRAME_PORT_PREFIX, type FrameKind } from '../lib/messaging/limits';

type Port = Browser.runtime.Port;
interface EarlyPort {
  kind: string;
  port: Port;
  /** Messages that arrived before the app took the port. */
  buffered: unknown[];
  deliver?: (message: unknown) => void;
}
const KEY = '__creatorScoutFramePort';
const slot = globalThis as unknown as Record<typeof KEY, EarlyPort | undefined>;

export const portName = (kind: FrameKind | string) => `${FRAME_PORT_PREFIX}${kind}`;

/**
 * Run by a classic script in the frame page's head (entrypoints/frame-port.ts): the port to the
 * background opens, and the tab's page state is on its way, while the frame's modules (React, zod) are
 * still being fetched and compiled.
 */
export function openEarlyPort(): void {
  const kind = location.pathname.replace(/^\//, '').replace(/\.html$/, '');
  const early: EarlyPort = { kind, port: browser.runtime.connect({ name: portName(kind) }), buffered: [] };
  early.port.onMessage.addListener((m: unknown) => (early.deliver ? early.deliver(m) : early.buffered.push(m)));
  slot[KEY] = early;
}

/** The port opened early for this frame, once (a reconnect opens a new one); buffered messages are delivered to `onMessage` first. */
export function takeEarlyPort(kind: FrameKind, onMessage: (message: unknown) => void): Port | undefined {
  const early = slot[KEY];
  slot[KEY] = undefined;
  if (!early || early.kind !== kind) return undefined;
  early.deliver = onMessage;
  for (const m of early.buffered.splice(0)) onMessage(m);
  return early.port;
}
