import { z } from '../zod';

/** Tables whose rows travel to the team server. Snapshots and local settings stay local; teamSettings sync. */
export const SYNCED_TABLES = ['creators', 'pipeline', 'outreach', 'lists', 'listMembers', 'templates', 'samples', 'campaigns', 'products', 'performance', 'stageChanges', 'teamSettings'] as const;
export const SyncedTable = z.enum(SYNCED_TABLES);
export type SyncedTable = z.infer<typeof SyncedTable>;

/** One unsynced change, written in the same transaction as the change itself (DESIGN §8 wire shape). */
export const Mutation = z.object({
  id: z.string().uuid(),
  table: SyncedTable,
  key: z.string().min(1),
  op: z.enum(['put', 'delete']),
  fields: z.record(z.string(), z.unknown()),
  hlc: z.string(),
});
export type Mutation = z.infer<typeof Mutation>;

export const OutboxEntry = Mutation.extend({ seq: z.number().int().optional(), createdAt: z.string() });
export type OutboxEntry = z.infer<typeof OutboxEntry>;

/** A mutation that could not sync: out of the outbox, kept with the reason until edited and retried or discarded. */
export const RejectedEntry = OutboxEntry.extend({ reason: z.string(), rejectedAt: z.string() });
export type RejectedEntry = z.infer<typeof RejectedEntry>;
