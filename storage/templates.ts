import type { ScoutDB } from './db';
import { Template } from '../lib/model/collections';
import { deleteSynced, putSynced } from './synced-write';

export const templatesRepo = {
  all: (db: ScoutDB) => db.templates.orderBy('name').toArray(),
  get: (db: ScoutDB, id: string) => db.templates.get(id),
  save: (db: ScoutDB, input: Omit<Template, 'id' | 'updatedAt'> & { id?: string }, now: Date) => {
    const t = Template.parse({ ...input, id: input.id ?? crypto.randomUUID(), updatedAt: now.toISOString() });
    return putSynced(db, 'templates', t.id, t, now);
  },
  remove: (db: ScoutDB, id: string, now: Date) => deleteSynced(db, 'templates', id, id, now),
};
