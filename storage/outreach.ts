import type { ScoutDB } from './db';
import { OutreachEvent } from '../lib/model/outreach';
import { PipelineEntry, type Stage } from '../lib/model/pipeline';
import { recordMutation } from './outbox';
import { syncTables } from './synced-write';
import { recordStageMoves } from './pipeline';

export interface LogOutreachInput {
  handle: string;
  channel: OutreachEvent['channel'];
  direction: OutreachEvent['direction'];
  templateId?: string;
  note?: string;
  author?: string;
  followUpAt?: string;
  /** A deterministic id for an event logged by itself: the same event seen twice is stored once. */
  id?: string;
  /** When it happened, if not now (a reply read from a conversation). */
  at?: string;
  invitation?: OutreachEvent['invitation'];
}

// Logging a contact moves an early-stage creator forward; it never moves anyone backwards.
const AFTER_OUT: Partial<Record<Stage, Stage>> = { prospect: 'contacted' };
const AFTER_IN: Partial<Record<Stage, Stage>> = { prospect: 'replied', contacted: 'replied' };

export const outreachRepo = {
  /** Newest first, by the [handle+at] index. */
  forCreator: (db: ScoutDB, handle: string, limit = 20) =>
    db.outreach.where('[handle+at]').between([handle, ''], [handle, '\uffff']).reverse().limit(limit).toArray(),

  /**
   * Append an outreach event and bring the pipeline entry along (created if missing, stage advanced,
   * follow-up set): one transaction, so the log and the stage never disagree.
   */
  async log(db: ScoutDB, input: LogOutreachInput, now: Date): Promise<{ event: OutreachEvent; entry: PipelineEntry; duplicate?: true }> {
    return db.transaction('rw', syncTables(db, db.outreach, db.pipeline), async () => {
      const at = now.toISOString();
      if (input.id) {
        const seen = await db.outreach.get(input.id);
        const current = await db.pipeline.get(input.handle);
        if (seen && current) return { event: seen, entry: current, duplicate: true as const };
      }
      // followUpAt belongs to the pipeline entry, not the event (zod drops it from the event).
      const event = OutreachEvent.parse({ ...input, id: input.id ?? crypto.randomUUID(), at: input.at ?? at });
      await db.outreach.put(event);
      await recordMutation(db, 'outreach', event.id, 'put', event, now);

      const prev = await db.pipeline.get(input.handle);
      const base = prev ?? PipelineEntry.parse({ handle: input.handle, stage: 'prospect', owner: input.author || undefined, addedAt: at, updatedAt: at });
      const stage = (input.direction === 'out' ? AFTER_OUT : AFTER_IN)[base.stage] ?? base.stage;
      const fields: Partial<PipelineEntry> = { stage, updatedAt: at };
      if (input.followUpAt !== undefined) fields.nextFollowUpAt = input.followUpAt || undefined;
      const entry = { ...base, ...fields };
      await db.pipeline.put(entry);
      await recordMutation(db, 'pipeline', input.handle, 'put', prev ? fields : entry, now);
      await recordStageMoves(db, [{ handle: input.handle, from: prev?.stage, to: stage }], now, input.author || undefined);
      return { event, entry };
    });
  },
};
