import { z } from '../zod';
import { Mutation, SyncedTable } from '../model/mutation';

/** DESIGN §8, exactly: the bodies both ends parse. */
export const HLC_PATTERN = /^\d{15}:\d{5}:[A-Za-z0-9._-]{1,64}$/;

export const WireMutation = Mutation.extend({
  key: z.string().min(1).max(300),
  hlc: z.string().regex(HLC_PATTERN, 'hlc must be "<15-digit ms>:<5-digit counter>:<clientId>"'),
});
export type WireMutation = z.infer<typeof WireMutation>;

export const PushBody = z.object({
  clientId: z.string().min(1).max(64),
  mutations: z.array(WireMutation).max(2000),
});
export type PushBody = z.infer<typeof PushBody>;

export const PushResponse = z.object({ applied: z.array(z.string()), duplicates: z.array(z.string()) });
export type PushResponse = z.infer<typeof PushResponse>;

export const PullQuery = z.object({
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
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
