import type { z } from '../lib/zod';
import type { ScoutDB } from './db';
import { settingsRepo } from './settings';
import { CONFIG_KEY, STATUS_KEY, SyncConfig } from './sync-engine';

/** The host permission a team server needs: its one origin. */
export const originPattern = (url: string) => `${new URL(url).origin}/*`;
export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** How connecting went; each page words it in its own messages. */
export type ConnectOutcome =
  | { kind: 'invalid'; field: 'url' | 'token'; issue: z.core.$ZodIssue }
  | { kind: 'refused'; origin: string; error: string }
  | { kind: 'denied' }
  | { kind: 'saved'; lastError?: string }
  | { kind: 'notStarted'; error: string };

/**
 * Connecting to a team server, as Options and the first-run page both do it: validate, ask the browser for
 * that one origin (must run in the click's user gesture: the browser shows its own prompt, and refuses
 * outright — throws — for an origin the manifest cannot grant or outside a gesture), save the address and
 * token with a fresh status, then test the connection with a first sync. Nothing is saved unless granted.
 */
export async function connectSync(
  db: ScoutDB,
  input: { url: string; token: string },
  requestOrigin: (pattern: string) => Promise<boolean>,
  syncNow: () => Promise<{ lastError?: string }>,
): Promise<ConnectOutcome> {
  const parsed = SyncConfig.safeParse({ url: input.url.trim(), token: input.token.trim() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { kind: 'invalid', field: issue.path[0] === 'token' ? 'token' : 'url', issue };
  }
  let granted: boolean;
  try {
    granted = await requestOrigin(originPattern(parsed.data.url));
  } catch (err) {
    return { kind: 'refused', origin: new URL(parsed.data.url).origin, error: errorText(err) };
  }
  if (!granted) return { kind: 'denied' };
  await settingsRepo.put(db, CONFIG_KEY, parsed.data);
  await settingsRepo.put(db, STATUS_KEY, { failures: 0 });
  try {
    const r = await syncNow();
    return { kind: 'saved', lastError: r.lastError };
  } catch (err) {
    return { kind: 'notStarted', error: errorText(err) };
  }
}
