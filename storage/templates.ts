import type { ScoutDB } from './db';
import { Template } from '../lib/model/collections';
import { TEXT_LIMITS } from '../lib/sync/limits';
import { t } from '../lib/i18n/t';
import { deleteSynced, putSynced, syncTables } from './synced-write';

export const templatesRepo = {
  all: (db: ScoutDB) => db.templates.orderBy('name').toArray(),
  get: (db: ScoutDB, id: string) => db.templates.get(id),
  save: async (db: ScoutDB, input: Omit<Template, 'id' | 'updatedAt'> & { id?: string }, now: Date) => {
    if (input.body.length > TEXT_LIMITS.templateBody) throw new Error(t('options.templates.tooLong', { max: TEXT_LIMITS.templateBody, count: input.body.length }));
    const row = Template.parse({ ...input, id: input.id ?? crypto.randomUUID(), updatedAt: now.toISOString() });
    return putSynced(db, 'templates', row.id, row, now);
  },
  /** Returns the deleted template, for undo. */
  async remove(db: ScoutDB, id: string, now: Date): Promise<Template | undefined> {
    return db.transaction('rw', syncTables(db, db.templates), async () => {
      const t = await db.templates.get(id);
      if (t) await deleteSynced(db, 'templates', id, id, now);
      return t;
    });
  },
  /** Undo a delete: the same template (same id, so outreach logged with it still names it) as a new write. */
  restore: (db: ScoutDB, t: Template, now: Date) => putSynced(db, 'templates', t.id, { ...t, updatedAt: now.toISOString() }, now),
};
