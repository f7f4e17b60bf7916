import { MAX_DEPTH, MAX_FIELD_NAMES, jsonBytes, kb, type SyncLimits } from './limits';

/**
 * Field names that mean something to JavaScript objects. A row is data, so rather than let a parser
 * drop them or let them reach a prototype, they are refused, naming the field.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The shape rules a mutation's `fields` must keep: nesting depth, field names per object and no
 * reserved names. Returns "path: problem" for the first breach. Walks at most MAX_DEPTH levels, so a
 * value nested thousands deep is refused without deep recursion.
 */
export function checkShape(fields: unknown, path = 'fields'): string | undefined {
  if (!isPlainObject(fields)) return `${path}: must be an object`;
  return walkShape(fields, path, 0);
}

function walkShape(v: unknown, path: string, depth: number): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  if (depth > MAX_DEPTH) return `${path}: nested more than ${MAX_DEPTH} levels deep`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = walkShape(v[i], `${path}.${i}`, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  const names = Object.keys(v);
  if (names.length > MAX_FIELD_NAMES) return `${path}: ${names.length} field names, at most ${MAX_FIELD_NAMES} allowed`;
  for (const name of names) {
    if (RESERVED.has(name)) return `${path}.${name}: "${name}" is not allowed as a field name`;
    const p = walkShape((v as Record<string, unknown>)[name], `${path}.${name}`, depth + 1);
    if (p) return p;
  }
  return undefined;
}

// A lone surrogate (half of a UTF-16 pair) cannot be stored as UTF-8; NUL cannot be stored in PostgreSQL text.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function badText(s: string): string | undefined {
  if (s.includes('\u0000')) return 'contains a NUL character (\\u0000), which the server cannot store';
  if (LONE_SURROGATE.test(s)) return 'contains a broken character (a lone UTF-16 surrogate), which the server cannot store';
  return undefined;
}

function walkText(v: unknown, path: string): string | undefined {
  if (typeof v === 'string') {
    const bad = badText(v);
    return bad && `${path}: ${bad}`;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  for (const [k, x] of Object.entries(v)) {
    const bad = badText(k);
    if (bad) return `${path}: a field name ${bad}`;
    const p = walkText(x, `${path}.${k}`);
    if (p) return p;
  }
  return undefined;
}

/**
 * The value rules, checked per mutation (a breach rejects that mutation alone): each field's size
 * and text both stores can hold. Call after `checkShape` passed.
 */
export function checkValues(fields: Record<string, unknown>, limits: Pick<SyncLimits, 'fieldBytes'>): string | undefined {
  for (const [k, v] of Object.entries(fields)) {
    const size = jsonBytes(v);
    if (size > limits.fieldBytes) return `fields.${k}: ${kb(size)}, larger than the server's limit of ${kb(limits.fieldBytes)} a field`;
  }
  return walkText(fields, 'fields');
}
