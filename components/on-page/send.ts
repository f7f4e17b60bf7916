import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from '../../lib/messaging/protocol';

/**
 * A content script's message to the background. Types only from the protocol: the content scripts carry
 * no schema library (DESIGN §9); the background validates every request with zod before acting on it.
 */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as { ok?: boolean; data?: unknown; error?: { message?: unknown } } | undefined;
  if (reply?.ok === true) return reply.data as ResponseOf<T>;
  throw new Error(typeof reply?.error?.message === 'string' ? reply.error.message : `${type}: no reply from the background`);
}
