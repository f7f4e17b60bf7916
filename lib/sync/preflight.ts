import type { Mutation } from '../model/mutation';
import { checkShape, checkValues } from './check';
import { jsonBytes, kb, type SyncLimits } from './limits';
import { keyMismatch } from './tables';
import { t } from '../i18n/t';

/** Bytes of a push body around its mutations: `{"clientId":"…","mutations":[]}` with room to spare. */
export const PUSH_ENVELOPE_BYTES = 200;

/**
 * Why the server would refuse this mutation whatever batch it travels in, judged here before sending:
 * the same shape, key and value rules the server applies, and a size no single push could carry.
 */
export function preflight(m: Pick<Mutation, 'id' | 'table' | 'key' | 'op' | 'fields' | 'hlc'>, limits: SyncLimits): string | undefined {
  const problem = checkShape(m.fields) ?? keyMismatch(m.table, m.key, m.fields) ?? checkValues(m.fields, limits);
  if (problem) return problem;
  const size = jsonBytes(m) + PUSH_ENVELOPE_BYTES;
  if (size > limits.bodyBytes) return t('options.sync.tooLarge', { size: kb(size), limit: kb(limits.bodyBytes) });
  return undefined;
}
