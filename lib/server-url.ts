import { z } from './zod';
import { t } from './i18n/t';

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
 * request, so plain http is allowed only where nobody else can listen: this computer. In the reader's
 * language: Options shows it after the field's name.
 */
export function serverUrlProblem(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return t('options.serverUrl.notUrl', { example: 'https://scout.example.com', local: 'http://127.0.0.1:8787' });
  }
  if (u.username || u.password) return t('options.serverUrl.credentials');
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:') return isLoopbackHost(u.hostname) ? undefined : t('options.serverUrl.plainHttp', { host: u.hostname });
  return t('options.serverUrl.scheme', { scheme: u.protocol });
}

export const ServerUrl = z.string().trim().superRefine((url, ctx) => {
  const problem = serverUrlProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
