import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Member, Store } from './store/types';

/** Tokens read `cs_<memberId>_<secret>`; only a hash of the secret is stored. */
const TOKEN = /^cs_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

export const newId = () => randomBytes(8).toString('hex');
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function newToken(memberId: string): { token: string; tokenHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `cs_${memberId}_${secret}`, tokenHash: hashSecret(secret) };
}

/** The member a bearer token belongs to, or undefined. Hashes compare in constant time. */
export async function authenticate(store: Store, header: string | undefined): Promise<Member | undefined> {
  const m = TOKEN.exec(header?.replace(/^Bearer\s+/i, '').trim() ?? '');
  if (!m) return undefined;
  const member = await store.findMember(m[1]!);
  const given = Buffer.from(hashSecret(m[2]!), 'hex');
  // Compare against a dummy hash when the member is unknown, so timing does not reveal which ids exist.
  const stored = Buffer.from(member?.tokenHash ?? hashSecret('no such member'), 'hex');
  const same = stored.length === given.length && timingSafeEqual(stored, given);
  return same && member && !member.revokedAt ? member : undefined;
}

export async function createTeamWithOwner(store: Store, name: string) {
  const teamId = newId();
  await store.createTeam(teamId, name);
  const memberId = newId();
  const { token, tokenHash } = newToken(memberId);
  await store.addMember({ id: memberId, teamId, name: `${name} owner`, tokenHash });
  return { teamId, memberId, token };
}

export async function addMember(store: Store, teamId: string, name: string) {
  if (!(await store.teamExists(teamId))) throw new Error(`no team ${teamId}`);
  const memberId = newId();
  const { token, tokenHash } = newToken(memberId);
  await store.addMember({ id: memberId, teamId, name, tokenHash });
  return { memberId, token };
}
