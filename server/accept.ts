import { checkValues } from '../lib/sync/check';
import { hlcWallMs } from '../lib/sync/hlc';
import type { SyncLimits } from '../lib/sync/limits';
import { keyMismatch } from '../lib/sync/tables';
import type { WireMutation } from '../lib/sync/wire';

/**
 * Why the server will not take this mutation, judged on the mutation alone, or undefined. A rejection
 * concerns that mutation only; the rest of its batch is applied (DESIGN §8).
 */
export function rejectReason(m: WireMutation, nowMs: number, maxSkewMs: number, limits: Pick<SyncLimits, 'fieldBytes'>): string | undefined {
  const ahead = hlcWallMs(m.hlc) - nowMs;
  if (ahead > maxSkewMs) {
    return `clock ahead: stamped ${Math.round(ahead / 1000)} s after the server's time (at most ${Math.round(maxSkewMs / 1000)} s allowed); check this computer's date and time`;
  }
  if (m.key.includes('\u0000') || /[\ud800-\udfff]/.test(m.key.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) return 'key: contains a character the server cannot store';
  return keyMismatch(m.table, m.key, m.fields) ?? checkValues(m.fields, limits);
}
