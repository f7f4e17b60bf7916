import { z } from '../zod';
import { Mutation, SyncedTable } from '../model/mutation';
import { checkShape } from './check';
import { PULL_PAGE_ROWS, SYNC_LIMITS } from './limits';

/** DESIGN §8, exactly: the bodies both ends parse. */
export const HLC_PATTERN = /^\d{15}:\d{5}:[A-Za-z0-9._-]{1,64}$/;

/** Shape rules (depth, field names) are checked on the raw value, before a parser could drop a name. */
const Fields = z
  .unknown()
  .superRefine((v, ctx) => {
    const problem = checkShape(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .pipe(z.record(z.string(), z.unknown()));

export const WireMutation = Mutation.extend({
  key: z.string().min(1).max(300),
  fields: Fields,
  hlc: z.string().regex(HLC_PATTERN, 'hlc must be "<15-digit ms>:<5-digit counter>:<clientId>"'),
});
export type WireMutation = z.infer<typeof WireMutation>;

export const PushBody = z.object({
  clientId: z.string().min(1).max(64),
  mutations: z.array(WireMutation).max(SYNC_LIMITS.mutationsPerPush),
});
export type PushBody = z.infer<typeof PushBody>;

export const Rejection = z.object({ id: z.string(), reason: z.string() });
export type Rejection = z.infer<typeof Rejection>;

export const PushResponse = z.object({ applied: z.array(z.string()), duplicates: z.array(z.string()), rejected: z.array(Rejection).default([]) });
export type PushResponse = z.infer<typeof PushResponse>;

export const Limits = z.object({ bodyBytes: z.number().int().positive(), mutationsPerPush: z.number().int().positive(), fieldBytes: z.number().int().positive() });

/** Extensible: other parts of the server add their own keys (store, version…); a client reads what it knows. */
export const HealthResponse = z.object({ ok: z.literal(true), limits: Limits, time: z.number().optional() });
export type HealthResponse = z.infer<typeof HealthResponse>;

export const PullQuery = z.object({
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(PULL_PAGE_ROWS).default(500),
});

export const Change = z.object({
  seq: z.number().int().positive(),
  table: SyncedTable,
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
  deleted: z.boolean(),
  hlc: z.string(),
});
export type Change = z.infer<typeof Change>;

export const PullResponse = z.object({ changes: z.array(Change), cursor: z.number().int().min(0), hasMore: z.boolean() });
export type PullResponse = z.infer<typeof PullResponse>;

export const ErrorBody = z.object({ error: z.string() });
