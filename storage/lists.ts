import type { ScoutDB } from './db';
import { List, type ListMember } from '../lib/model/collections';
import { recordMutation, recordMutations } from './outbox';
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

  async rename(db: ScoutDB, id: string, name: string, now: Date): Promise<List> {
    return db.transaction('rw', syncTables(db, db.lists), async () => {
      const prev = await db.lists.get(id);
      if (!prev) throw new Error('that shortlist no longer exists');
      const list = List.parse({ ...prev, name: name.trim(), updatedAt: now.toISOString() });
      await db.lists.put(list);
      await recordMutation(db, 'lists', id, 'put', { name: list.name, updatedAt: list.updatedAt }, now);
      return list;
    });
  },

  /** Deleting a shortlist removes its memberships with it: one transaction. Returns what undo needs. */
  async remove(db: ScoutDB, id: string, now: Date): Promise<{ list: List; members: ListMember[] } | undefined> {
    return db.transaction('rw', syncTables(db, db.lists, db.listMembers), async () => {
      const list = await db.lists.get(id);
      const members = await db.listMembers.where('listId').equals(id).toArray();
      await db.listMembers.where('listId').equals(id).delete();
      for (const m of members) await recordMutation(db, 'listMembers', `${id}:${m.handle}`, 'delete', {}, now);
      await db.lists.delete(id);
      await recordMutation(db, 'lists', id, 'delete', {}, now);
      return list ? { list, members } : undefined;
    });
  },

  /** Undo a delete: the shortlist and its members come back (as new writes, so teammates get them too). */
  async restore(db: ScoutDB, removed: { list: List; members: ListMember[] }, now: Date): Promise<void> {
    await db.transaction('rw', syncTables(db, db.lists, db.listMembers), async () => {
      const list = { ...removed.list, updatedAt: now.toISOString() };
      await db.lists.put(list);
      await db.listMembers.bulkPut(removed.members);
      await recordMutations(db, [
        { table: 'lists', key: list.id, op: 'put', fields: list },
        ...removed.members.map((m) => ({ table: 'listMembers' as const, key: `${m.listId}:${m.handle}`, op: 'put' as const, fields: m })),
      ], now);
    });
  },
};
