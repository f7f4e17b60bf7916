import { isRecord, scriptJson } from './dom';

/**
 * The JSON TikTok embeds for the first page it renders. Two generations exist: the current
 * `__UNIVERSAL_DATA_FOR_REHYDRATION__` (keyed by "webapp.*" scopes) and the older `SIGI_STATE`
 * (UserModule / ItemModule). Both describe only the page first loaded, never later SPA navigations.
 */
export function universalScope(doc: Document, scope: string): unknown {
  const data = scriptJson(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  if (!isRecord(data) || !isRecord(data.__DEFAULT_SCOPE__)) return undefined;
  return data.__DEFAULT_SCOPE__[scope];
}

export interface SigiState {
  users: Record<string, unknown>;
  stats: Record<string, unknown>;
  items: Record<string, unknown>;
}

export function sigiState(doc: Document): SigiState | undefined {
  const data = scriptJson(doc, 'SIGI_STATE');
  if (!isRecord(data)) return undefined;
  const um = isRecord(data.UserModule) ? data.UserModule : {};
  return {
    users: isRecord(um.users) ? um.users : {},
    stats: isRecord(um.stats) ? um.stats : {},
    items: isRecord(data.ItemModule) ? data.ItemModule : {},
  };
}

/** Case-insensitive lookup: SIGI_STATE keys users by their handle as typed. */
export function byHandle(map: Record<string, unknown>, handle: string): unknown {
  if (handle in map) return map[handle];
  const key = Object.keys(map).find((k) => k.toLowerCase() === handle);
  return key === undefined ? undefined : map[key];
}
