import { z } from '../../zod';
import { parseCount } from '../counts';

/**
 * Readers for the affiliate center's JSON. Every creator field comes wrapped as `{ value }`, numbers
 * arrive as numbers or strings, and fields move between `data.x` and `x`: each reader accepts all of
 * these and answers undefined for anything else, never throws.
 */
const Wrapped = z.looseObject({ value: z.unknown() });

/** The payload of a `{ value }` wrapper, or the thing itself when it is not wrapped. */
export function unwrap(v: unknown): unknown {
  const w = Wrapped.safeParse(v);
  return w.success ? w.data.value : v;
}

export function readString(v: unknown, max = 2000): string | undefined {
  const u = unwrap(v);
  if (typeof u === 'number' && Number.isFinite(u)) return String(u);
  if (typeof u !== 'string') return undefined;
  const t = u.trim();
  return t && t.length <= max ? t : undefined;
}

/** An id TikTok sends as a string of digits (sometimes as a number, which loses nothing below 2^53). */
export function readId(v: unknown): string | undefined {
  const s = readString(v, 40);
  return s && /^[0-9A-Za-z_-]{1,40}$/.test(s) ? s : undefined;
}

export function readNumber(v: unknown): number | undefined {
  const u = unwrap(v);
  if (typeof u === 'number') return Number.isFinite(u) && u >= 0 ? u : undefined;
  if (typeof u === 'string') return parseCount(u.trim());
  return undefined;
}

/** A rate as a fraction: `0.041`, `"0.041"`, `"4.1%"` and `4.1` (a percentage above 1) all read 0.041. */
export function readRate(v: unknown): number | undefined {
  const u = unwrap(v);
  if (typeof u === 'string') {
    const pct = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(u);
    if (pct) return Number(pct[1]) / 100;
  }
  const n = typeof u === 'string' ? Number(u) : typeof u === 'number' ? u : NaN;
  if (!Number.isFinite(n) || n < 0) return undefined;
  return n > 1 && n <= 100 ? n / 100 : n <= 1 ? n : undefined;
}

const Money = z.looseObject({
  amount: z.unknown().optional(),
  minimum_amount: z.unknown().optional(),
  maximum_amount: z.unknown().optional(),
  currency: z.unknown().optional(),
});

/** A money figure or range as the UI prints it: "USD 1000–10000", "GBP 9.10", or a level label kept as is. */
export function readMoney(v: unknown): string | undefined {
  const u = unwrap(v);
  if (typeof u === 'string') return readString(u, 80);
  if (typeof u === 'number') return Number.isFinite(u) && u >= 0 ? String(u) : undefined;
  const m = Money.safeParse(u);
  if (!m.success) return undefined;
  const cur = readString(m.data.currency, 8);
  const lo = readString(m.data.minimum_amount, 30);
  const hi = readString(m.data.maximum_amount, 30);
  const amount = readString(m.data.amount, 30);
  const figure = amount ?? (lo && hi ? `${lo}–${hi}` : lo ? `${lo}+` : hi ? `≤${hi}` : undefined);
  if (!figure) return undefined;
  return cur ? `${cur} ${figure}` : figure;
}

/** Category names from `[{ name }]` or `["name"]`. */
export function readNames(v: unknown, max = 20): string[] {
  const u = unwrap(v);
  if (!Array.isArray(u)) return [];
  const out: string[] = [];
  for (const item of u.slice(0, 100)) {
    const name = typeof item === 'string' ? readString(item, 120) : readString((item as { name?: unknown } | null)?.name, 120);
    if (name && !out.includes(name)) out.push(name);
    if (out.length >= max) break;
  }
  return out;
}

/** A demographic split `[{ key, value }]` as `{ key: fraction }`. */
export function readSplit(v: unknown): Record<string, number> | undefined {
  const u = unwrap(v);
  if (!Array.isArray(u)) return undefined;
  const out: Record<string, number> = {};
  for (const item of u.slice(0, 60)) {
    if (!item || typeof item !== 'object') continue;
    const { key, value, name, ratio } = item as Record<string, unknown>;
    const k = readString(key ?? name, 40);
    const r = readRate(value ?? ratio);
    if (k && r !== undefined && !Object.hasOwn(out, k)) out[k] = r;
  }
  return Object.keys(out).length ? out : undefined;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `body.data.key ?? body.key`: the affiliate center moves lists between the two. */
export function field(body: unknown, key: string): unknown {
  if (!isRecord(body)) return undefined;
  const data = body.data;
  if (isRecord(data) && data[key] !== undefined) return data[key];
  return body[key];
}

/** The request/response envelope: `code` 0 (or absent) is success; anything else is TikTok saying no. */
export function apiFailure(status: number, body: unknown): string | undefined {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  if (!isRecord(body)) return 'no JSON body';
  const code = body.code;
  if (code === undefined || code === 0 || code === '0') return undefined;
  const msg = readString(body.message ?? body.msg, 200);
  return `code ${String(code).slice(0, 20)}${msg ? `: ${msg}` : ''}`;
}

/** A request body as the page sent it: a JSON string (fetch/XHR) or already an object. */
export function parseBody(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (v.length > 2_000_000) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}
