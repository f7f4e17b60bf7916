import { ImMessage } from '../../model/affiliate';
import { apiFailure, field, isRecord, parseBody, readId, readNumber, readString } from './values';

/** `create_time` in ms or s, as a string or number, to ISO 8601. */
function isoTime(v: unknown): string | undefined {
  const n = readNumber(v);
  if (n === undefined || n <= 0) return undefined;
  const ms = n < 1e12 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The creator of a conversation id like `0:1:<creator>:<seller>` when nothing names them more plainly. */
function creatorFromConversation(v: unknown): string | undefined {
  const s = readString(v, 200);
  const parts = s?.split(':');
  return parts && parts.length >= 4 ? readId(parts[2]) : undefined;
}

/** A message the page sent (`…/im/…/send…`): one outbound message to one creator, if TikTok accepted it. */
export function parseImSend(status: number, requestBody: unknown, body: unknown): ImMessage[] {
  if (apiFailure(status, body)) return [];
  const req = parseBody(requestBody);
  if (!isRecord(req)) return [];
  const creatorId = readId(req.creator_oec_id ?? req.creator_id) ?? creatorFromConversation(req.conversation_id);
  const msg = field(body, 'message');
  const id = (isRecord(msg) ? readId(msg.server_message_id ?? msg.message_id) : undefined) ?? readId(req.client_msg_id);
  const m = ImMessage.safeParse({ id: id ?? '', creatorId, direction: 'out', at: isRecord(msg) ? isoTime(msg.create_time) : undefined });
  return m.success && id ? [m.data] : [];
}

/** The messages of an open conversation (`…/im/…/get…`): the creator's replies, newest last. */
export function parseImMessages(status: number, requestBody: unknown, body: unknown): ImMessage[] {
  if (apiFailure(status, body)) return [];
  const list = field(body, 'messages') ?? field(body, 'message_list');
  if (!Array.isArray(list)) return [];
  const conv = field(body, 'conversation');
  const req = parseBody(requestBody);
  const convCreator =
    (isRecord(conv) ? readId(conv.creator_oec_id) ?? creatorFromConversation(conv.conversation_id) : undefined) ??
    (isRecord(req) ? readId(req.creator_oec_id) ?? creatorFromConversation(req.conversation_id) : undefined);
  const out: ImMessage[] = [];
  for (const raw of list.slice(0, 500)) {
    if (!isRecord(raw)) continue;
    const role = readString(raw.sender_role, 20)?.toLowerCase();
    if (role !== 'creator') continue;
    const m = ImMessage.safeParse({
      id: readId(raw.server_message_id ?? raw.message_id) ?? '',
      creatorId: readId(raw.sender_id) ?? convCreator,
      direction: 'in',
      at: isoTime(raw.create_time),
    });
    if (m.success && m.data.id) out.push(m.data);
  }
  return out;
}
