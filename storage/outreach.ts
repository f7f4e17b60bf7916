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
  async log(db: ScoutDB, input: LogOutreachInput, now: Date): Promise<{ event: OutreachEvent; entry: PipelineEntry }> {
    return db.transaction('rw', syncTables(db, db.outreach, db.pipeline), async () => {
      const at = now.toISOString();
      // followUpAt belongs to the pipeline entry, not the event (zod drops it from the event).
      const event = OutreachEvent.parse({ id: crypto.randomUUID(), at, ...input });
      await db.outreach.add(event);
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
