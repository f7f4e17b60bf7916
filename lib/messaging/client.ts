import { ErrorReply, MESSAGES, MessageError, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export type Transport = (message: { type: string; payload: unknown }) => Promise<unknown>;

/**
 * A typed call to the background. The caller cannot build a malformed request (it is parsed before it
 * leaves) and gets either the validated reply or a MessageError.
 */
export async function call<T extends MessageType>(send: Transport, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const spec = MESSAGES[type];
  const req = spec.req.safeParse(payload);
  if (!req.success) throw new MessageError('bad_request', `${type}: ${req.error.issues[0]?.message ?? 'invalid request'}`);
  let reply: unknown;
  try {
    reply = await send({ type, payload: req.data });
  } catch (err) {
    throw new MessageError('internal', `Creator Scout's background did not answer: ${err instanceof Error ? err.message : String(err)}`);
  }
  const error = ErrorReply.safeParse(reply);
  if (error.success) throw new MessageError(error.data.error.code, error.data.error.message);
  const ok = reply as { ok?: unknown; data?: unknown } | undefined;
  if (!ok || ok.ok !== true) throw new MessageError('internal', `${type}: no reply from the background`);
  const res = spec.res.safeParse(ok.data);
  if (!res.success) throw new MessageError('internal', `${type}: malformed reply`);
  return res.data as ResponseOf<T>;
}

/** A bound `call`: what UI components receive, so tests can hand them a real router without a browser. */
export type Ask = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
export const bindAsk = (send: Transport): Ask => (type, payload) => call(send, type, payload);
