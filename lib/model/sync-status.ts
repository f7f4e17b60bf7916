import { z } from '../zod';

/** The outcome of the last sync, as the options page shows it. */
export const SyncStatus = z.object({
  lastSyncAt: z.string().optional(),
  lastError: z.string().optional(),
  failures: z.number().int().default(0),
  nextRetryAt: z.string().optional(),
  /** Pulled changes this install refused (e.g. a different event under an existing outreach id), newest first. */
  refused: z.array(z.string()).optional(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
