import { z } from './zod';

/**
 * True for hosts that never leave this computer: localhost, 127.0.0.0/8 and [::1]. The URL parser has
 * already normalised other spellings (127.1, 0x7f.0.0.1) to dotted 127.x.x.x.
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Why a sync server URL cannot be used, or undefined when it can. The team token travels in every
 * request, so plain http is allowed only where nobody else can listen: this computer.
 */
export function serverUrlProblem(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not a URL (for example https://scout.example.com or http://127.0.0.1:8787)';
  }
  if (u.username || u.password) return 'must not contain a user name or password (the team token is the credential)';
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:') return isLoopbackHost(u.hostname) ? undefined : `http:// is allowed only for this computer (localhost, 127.0.0.1, [::1]); use https:// for ${u.hostname}`;
  return `must start with https:// (or http:// for this computer), not ${u.protocol}`;
}

export const ServerUrl = z.string().trim().superRefine((url, ctx) => {
  const problem = serverUrlProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
