/**
 * Every size the sync server enforces, in one place: the server applies them, `GET /v1/health`
 * advertises the wire ones, the client sizes its batches by them, and the forms that feed synced
 * tables refuse text the server would refuse (DESIGN §8).
 */
export const SYNC_LIMITS = {
  /** Largest push body. */
  bodyBytes: 1024 * 1024,
  /** Most mutations in one push. */
  mutationsPerPush: 500,
  /** Largest single field value, as UTF-8 JSON. */
  fieldBytes: 64 * 1024,
} as const;
export type SyncLimits = { bodyBytes: number; mutationsPerPush: number; fieldBytes: number };

/** Largest merged row (all its fields as JSON): keeps a 4 MB pull page able to hold at least 16 rows. */
export const ROW_BYTES = 256 * 1024;
/** Most bytes of row data in one pull page (DESIGN §8). */
export const PULL_PAGE_BYTES = 4 * 1024 * 1024;
export const PULL_PAGE_ROWS = 5000;
/** Nesting depth of a field value (an object or array inside a field counts 1 per level). */
export const MAX_DEPTH = 8;
/** Most field names in one mutation, and in any object nested inside it. */
export const MAX_FIELD_NAMES = 64;
/** How far ahead of the server's clock a stamp may be (overridable on the server: MAX_CLOCK_SKEW_MS). */
export const MAX_CLOCK_SKEW_MS = 60_000;
/** Default per-team storage quota (overridable on the server: TEAM_QUOTA_BYTES). */
export const TEAM_QUOTA_BYTES = 1024 ** 3;

/**
 * Text limits, in characters, for values typed or imported into synced tables. At most 6 bytes a
 * character once JSON-escaped, each stays under `fieldBytes`.
 */
export const TEXT_LIMITS = {
  note: 5000,
  templateBody: 10_000,
  csvCell: 5000,
} as const;

/** UTF-8 length of a string without allocating its encoding. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const jsonBytes = (v: unknown): number => utf8Bytes(JSON.stringify(v) ?? '');

export const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`);
