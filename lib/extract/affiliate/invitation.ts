import { Invitation } from '../../model/affiliate';
import { Handle } from '../../model/pipeline';
import { digest } from '../../hash';
import { apiFailure, field, isRecord, parseBody, readId, readNumber, readString } from './values';

export type InvitationRead =
  | { kind: 'invitation'; invitation: Invitation }
  | { kind: 'invitation-failed'; reason: string }
  | { kind: 'invitation-unrecognised'; reason: string };

const MAX_CREATORS = 200;

/** TikTok sends commission in basis points (1500 = 15%); a value ≤ 1 is already a fraction. */
function commission(v: unknown): number | undefined {
  const n = readNumber(v);
  if (n === undefined) return undefined;
  const f = n > 100 ? n / 10_000 : n > 1 ? n / 100 : n;
  return f >= 0 && f <= 1 ? f : undefined;
}

function products(list: unknown): Invitation['products'] {
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_CREATORS).flatMap((p) => {
    if (!isRecord(p)) return [];
    const id = readId(p.product_id ?? p.id);
    if (!id) return [];
    const c = commission(p.target_commission ?? p.commission_rate ?? p.commission);
    return [c === undefined ? { id } : { id, commission: c }];
  });
}

/** Conflicts come as `{ creator_oec_id }`, `{ base_info: { creator_oec_id } }` or bare ids. */
function conflictIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_CREATORS).flatMap((c) => {
    const row = isRecord(c) && isRecord(c.base_info) ? c.base_info : c;
    const id = isRecord(row) ? readId(row.creator_oec_id ?? row.creator_id) : readId(row);
    return id ? [id] : [];
  });
}

interface Requested {
  name: string;
  creators: string[];
  knownHandles: Record<string, string>;
  products: Invitation['products'];
}

/** `invitation_group/create`: `{ invitation_group: { name, product_list, creator_id_list: [{ base_info }] } }`. */
function requestedGroup(req: unknown): Requested | undefined {
  if (!isRecord(req) || !isRecord(req.invitation_group)) return undefined;
  const g = req.invitation_group;
  if (!Array.isArray(g.creator_id_list)) return undefined;
  const creators: string[] = [];
  const knownHandles: Record<string, string> = {};
  for (const c of g.creator_id_list.slice(0, MAX_CREATORS)) {
    const info = isRecord(c) && isRecord(c.base_info) ? c.base_info : c;
    if (!isRecord(info)) continue;
    const id = readId(info.creator_oec_id);
    if (!id || creators.includes(id)) continue;
    creators.push(id);
    const h = Handle.safeParse(readString(info.handle ?? info.unique_id, 80) ?? '');
    if (h.success) knownHandles[id] = h.data;
  }
  return { name: readString(g.name, 300) ?? '', creators, knownHandles, products: products(g.product_list) };
}

/** The older `target_plan/create`: `{ target_plans: [{ plan_name, meta_plans, creator_ids }] }`. */
function requestedPlan(req: unknown): Requested | undefined {
  if (!isRecord(req) || !Array.isArray(req.target_plans) || !isRecord(req.target_plans[0])) return undefined;
  const p = req.target_plans[0];
  if (!Array.isArray(p.creator_ids)) return undefined;
  const creators = [...new Set(p.creator_ids.slice(0, MAX_CREATORS).flatMap((c) => readId(c) ?? []))];
  return { name: readString(p.plan_name, 300) ?? '', creators, knownHandles: {}, products: products(p.meta_plans) };
}

/**
 * Read the page's own invitation request and TikTok's answer. Only a request of a known shape with a
 * successful answer becomes an invitation; a failure logs nothing; a shape we do not know is said so,
 * never guessed at.
 */
export function parseInvitation(url: string, status: number, requestBody: unknown, body: unknown): InvitationRead {
  const req = parseBody(requestBody);
  const older = /target_plan\/create/.test(url);
  const requested = older ? requestedPlan(req) : requestedGroup(req);
  // A failed request is "failed" whatever its shape: nothing was sent, so there is nothing to offer.
  const failure = apiFailure(status, body);
  if (failure) return { kind: 'invitation-failed', reason: failure };
  if (isRecord(body) && readString(body.message, 100) === 'CreateTargetPlanTooOften') return { kind: 'invitation-failed', reason: 'CreateTargetPlanTooOften' };
  if (!requested || !requested.creators.length) return { kind: 'invitation-unrecognised', reason: 'request shape not recognised' };

  const conflicts = conflictIds(field(body, 'conflict_list'));
  let id: string | undefined;
  if (older) {
    const ids = field(body, 'logic_plan_ids');
    id = Array.isArray(ids) ? readId(ids[0]) : undefined;
  } else {
    const inv = field(body, 'invitation');
    id = isRecord(inv) ? readId(inv.id ?? inv.invitation_id ?? inv.invitation_group_id) : readId(field(body, 'invitation_id'));
  }
  if (!id && !conflicts.length) return { kind: 'invitation-unrecognised', reason: 'answer shape not recognised' };
  const invited = requested.creators.filter((c) => !conflicts.includes(c));
  // A clash answered without an id: the rest were invited; the request itself identifies them.
  id ??= `req-${digest(JSON.stringify([requested.name, requested.creators, requested.products]))}`;
  const parsed = Invitation.safeParse({ id, name: requested.name, products: requested.products, invited, conflicts, knownHandles: requested.knownHandles });
  return parsed.success ? { kind: 'invitation', invitation: parsed.data } : { kind: 'invitation-unrecognised', reason: 'invitation failed validation' };
}
