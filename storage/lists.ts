import type { ScoutDB } from './db';
import { List } from '../lib/model/collections';
import { recordMutation } from './outbox';
import { syncTables } from './synced-write';

export const listsRepo = {
  all: (db: ScoutDB) => db.lists.orderBy('name').toArray(),

  async create(db: ScoutDB, name: string, now: Date): Promise<List> {
    const at = now.toISOString();
    const list = List.parse({ id: crypto.randomUUID(), name: name.trim(), createdAt: at, updatedAt: at });
    await db.transaction('rw', syncTables(db, db.lists), async () => {
      await db.lists.add(list);
      await recordMutation(db, 'lists', list.id, 'put', list, now);
    });
    return list;
  },

  /** Deleting a shortlist removes its memberships with it: one transaction. */
  async remove(db: ScoutDB, id: string, now: Date): Promise<void> {
    await db.transaction('rw', syncTables(db, db.lists, db.listMembers), async () => {
      const members = await db.listMembers.where('listId').equals(id).toArray();
      await db.listMembers.where('listId').equals(id).delete();
      for (const m of members) await recordMutation(db, 'listMembers', `${id}:${m.handle}`, 'delete', {}, now);
      await db.lists.delete(id);
      await recordMutation(db, 'lists', id, 'delete', {}, now);
    });
  },
};
