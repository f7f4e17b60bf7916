import { z } from '../zod';
import { Envelope, MESSAGES, type MessageType, type ParsedRequestOf, type Reply, type ResponseOf } from './protocol';
import { classifySender, type SenderInfo, type SenderKind } from './sender';
import { senderMay } from './senders';

/** Who sent a message: the kind of sender and, for a content script or a frame, its tab. */
export interface HandlerContext {
  sender: SenderKind;
  tabId?: number;
}

export type Handlers = {
  [T in MessageType]: (req: ParsedRequestOf<T>, ctx: HandlerContext) => Promise<ResponseOf<T>>;
};

const isMessageType = (t: string): t is MessageType => Object.hasOwn(MESSAGES, t);

const describe = (e: z.ZodError) => e.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');

/**
 * The background's single entry for messages: checks the sender (who it is, and whether it may send
 * this type: lib/messaging/senders.ts), validates the request, runs the handler, validates the reply. Whatever happens, the caller gets a typed reply, never an exception.
 */
export function createRouter(handlers: Handlers, own: { id: string; origin: string }) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    const kind = classifySender(sender, own.id, own.origin);
    if (!kind) return { ok: false, error: { code: 'forbidden', message: 'messages are accepted only from Creator Scout on TikTok pages' } };
    const env = Envelope.safeParse(raw);
    if (!env.success) return { ok: false, error: { code: 'bad_request', message: 'not a Creator Scout message' } };
    const { type } = env.data;
    if (!isMessageType(type)) return { ok: false, error: { code: 'bad_request', message: `unknown message type "${type.slice(0, 40)}"` } };
    if (!senderMay(kind, type)) return { ok: false, error: { code: 'forbidden', message: `${type} may be sent only from Creator Scout's own pages, not from a TikTok page` } };
    const spec = MESSAGES[type];
    const req = spec.req.safeParse(env.data.payload ?? {});
    if (!req.success) return { ok: false, error: { code: 'bad_request', message: `${type}: ${describe(req.error)}` } };
    try {
      const handler = handlers[type] as (r: unknown, c: HandlerContext) => Promise<unknown>;
      const data = await handler(req.data, { sender: kind, tabId: sender.tab?.id });
      const res = spec.res.safeParse(data);
      if (!res.success) return { ok: false, error: { code: 'internal', message: `${type}: reply failed validation: ${describe(res.error)}` } };
      return { ok: true, data: res.data };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const code = /not in the pipeline|not found/i.test(message) ? 'not_found' : 'internal';
      return { ok: false, error: { code, message } };
    }
  };
}
