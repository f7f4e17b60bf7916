import type { ScoutDB } from './db';
import type { ListMember } from '../lib/model/collections';
import { deleteSynced, putSynced, syncTables } from './synced-write';

export const listMembersRepo = {
  ofList: (db: ScoutDB, listId: string) => db.listMembers.where('listId').equals(listId).toArray(),
  listsOf: (db: ScoutDB, handle: string) => db.listMembers.where('handle').equals(handle).toArray(),
  add: (db: ScoutDB, listId: string, handle: string, now: Date) =>
    putSynced(db, 'listMembers', `${listId}:${handle}`, { listId, handle, addedAt: now.toISOString() }, now),
  /** Returns the removed membership, for undo. */
  async remove(db: ScoutDB, listId: string, handle: string, now: Date): Promise<ListMember | undefined> {
    return db.transaction('rw', syncTables(db, db.listMembers), async () => {
      const m = await db.listMembers.get([listId, handle]);
      if (m) await deleteSynced(db, 'listMembers', `${listId}:${handle}`, [listId, handle], now);
      return m;
    });
  },
  /** Undo a removal: the creator is back on the list with the date it was first added. */
  restore: (db: ScoutDB, m: ListMember, now: Date) => putSynced(db, 'listMembers', `${m.listId}:${m.handle}`, m, now),
};
