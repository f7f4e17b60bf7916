import type { ScoutDB } from './db';
import { PipelineEntry, type Stage } from '../lib/model/pipeline';
import { tierOf } from '../lib/model/tier';
import { recordMutation, recordMutations } from './outbox';
import { syncTables } from './synced-write';
import type { StageChange } from '../lib/model/stage-change';

export interface StageMove {
  handle: string;
  /** Absent when the creator enters the pipeline. */
  from?: Stage;
  to: Stage;
}

/**
 * The one place a stage move is recorded: every writer of a pipeline stage calls it inside its own
 * transaction (syncTables covers stageChanges whenever it covers the pipeline), so the stage and its
 * history commit together. Moves to the same stage are not moves and are skipped. The author is the
 * given name, else this install's "me" setting.
 */
export async function recordStageMoves(db: ScoutDB, moves: StageMove[], now: Date, author?: string): Promise<StageChange[]> {
  const real = moves.filter((m) => m.from !== m.to);
  if (!real.length) return [];
  const by = author ?? (((await db.settings.get('profile.me'))?.value as string | undefined) || '');
  const at = now.toISOString();
  const rows: StageChange[] = real.map((m) => ({ id: crypto.randomUUID(), handle: m.handle, ...(m.from ? { from: m.from } : {}), to: m.to, at, author: by }));
  await db.stageChanges.bulkAdd(rows);
  await recordMutations(db, rows.map((r) => ({ table: 'stageChanges' as const, key: r.id, op: 'put' as const, fields: r })), now);
  return rows;
}

export interface AddOptions {
  owner?: string;
  listId?: string;
  score?: number;
  /** lowDataNote of the score; travels with it (absent: the score rests on enough data). */
  scoreNote?: string;
}

export const pipelineRepo = {
  get: (db: ScoutDB, handle: string) => db.pipeline.get(handle),

  /** Add a creator as a prospect (or keep their current entry), optionally to a shortlist: one transaction. */
  async add(db: ScoutDB, handle: string, opts: AddOptions, now: Date): Promise<PipelineEntry> {
    return db.transaction('rw', syncTables(db, db.pipeline, db.creators, db.listMembers), async () => {
      const at = now.toISOString();
      let entry = await db.pipeline.get(handle);
      if (!entry) {
        const creator = await db.creators.get(handle);
        entry = PipelineEntry.parse({
          handle,
          stage: 'prospect',
          owner: opts.owner || undefined,
          tier: creator?.followers !== undefined ? tierOf(creator.followers) : undefined,
          score: opts.score,
          scoreNote: opts.score !== undefined ? opts.scoreNote : undefined,
          addedAt: at,
          updatedAt: at,
        });
        await db.pipeline.put(entry);
        await recordMutation(db, 'pipeline', handle, 'put', entry, now);
        await recordStageMoves(db, [{ handle, to: entry.stage }], now, opts.owner);
      } else if (opts.score !== undefined && (entry.score !== opts.score || entry.scoreNote !== opts.scoreNote)) {
        entry = { ...entry, score: opts.score, scoreNote: opts.scoreNote, updatedAt: at };
        if (!opts.scoreNote) delete entry.scoreNote;
        await db.pipeline.put(entry);
        // null on the wire clears a note the score no longer has.
        await recordMutation(db, 'pipeline', handle, 'put', { score: opts.score, scoreNote: opts.scoreNote ?? null, updatedAt: at }, now);
      }
      if (opts.listId) {
        const member = { listId: opts.listId, handle, addedAt: at };
        await db.listMembers.put(member);
        await recordMutation(db, 'listMembers', `${opts.listId}:${handle}`, 'put', member, now);
      }
      return entry;
    });
  },

  /** Change fields of an existing entry; only the changed fields travel to the server. */
  async update(db: ScoutDB, handle: string, patch: Partial<Omit<PipelineEntry, 'handle' | 'addedAt'>>, now: Date): Promise<PipelineEntry> {
    return db.transaction('rw', syncTables(db, db.pipeline), async () => {
      const prev = await db.pipeline.get(handle);
      if (!prev) throw new Error(`@${handle} is not in the pipeline`);
      const fields = { ...patch, updatedAt: now.toISOString() };
      const next = PipelineEntry.parse({ ...prev, ...fields });
      await db.pipeline.put(next);
      // A field set to undefined is cleared; JSON has no undefined, so the wire carries null.
      const wire = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === undefined ? null : v]));
      await recordMutation(db, 'pipeline', handle, 'put', wire, now);
      await recordStageMoves(db, [{ handle, from: prev.stage, to: next.stage }], now);
      return next;
    });
  },

  setStage: (db: ScoutDB, handle: string, stage: Stage, now: Date) => pipelineRepo.update(db, handle, { stage }, now),

  /**
   * Set the stage of many entries in one transaction. Returns each entry's previous stage so the
   * change can be undone with `restoreStages` (itself a new change, stamped later, so it syncs too).
   */
  async bulkSetStage(db: ScoutDB, handles: string[], stage: Stage, now: Date): Promise<Record<string, Stage>> {
    return pipelineRepo.restoreStages(db, Object.fromEntries(handles.map((h) => [h, stage])), now);
  },

  async restoreStages(db: ScoutDB, stages: Record<string, Stage>, now: Date): Promise<Record<string, Stage>> {
    return db.transaction('rw', syncTables(db, db.pipeline), async () => {
      const handles = Object.keys(stages);
      const entries = await db.pipeline.bulkGet(handles);
      const previous: Record<string, Stage> = {};
      const updatedAt = now.toISOString();
      const changed = entries.flatMap((e) => (e && e.stage !== stages[e.handle] ? [e] : []));
      for (const e of changed) previous[e.handle] = e.stage;
      await db.pipeline.bulkPut(changed.map((e) => ({ ...e, stage: stages[e.handle]!, updatedAt })));
      await recordMutations(db, changed.map((e) => ({ table: 'pipeline' as const, key: e.handle, op: 'put' as const, fields: { stage: stages[e.handle]!, updatedAt } })), now);
      await recordStageMoves(db, changed.map((e) => ({ handle: e.handle, from: e.stage, to: stages[e.handle]! })), now);
      return previous;
    });
  },

  /** Most recently updated first, from the index: the popup's first screen never loads the whole table. */
  firstPage: (db: ScoutDB, limit = 50) => db.pipeline.orderBy('updatedAt').reverse().limit(limit).toArray(),
  count: (db: ScoutDB) => db.pipeline.count(),
};
