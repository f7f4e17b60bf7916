import { browser } from 'wxt/browser';
import { call, type Transport } from './client';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** Ask the background; used by content scripts and extension pages alike. */
export function ask<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return call(runtimeTransport, type, payload);
}
