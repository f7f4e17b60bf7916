import type { ScoutDB } from './db';
import { deleteSynced, putSynced } from './synced-write';

export const listMembersRepo = {
  ofList: (db: ScoutDB, listId: string) => db.listMembers.where('listId').equals(listId).toArray(),
  listsOf: (db: ScoutDB, handle: string) => db.listMembers.where('handle').equals(handle).toArray(),
  add: (db: ScoutDB, listId: string, handle: string, now: Date) =>
    putSynced(db, 'listMembers', `${listId}:${handle}`, { listId, handle, addedAt: now.toISOString() }, now),
  remove: (db: ScoutDB, listId: string, handle: string, now: Date) =>
    deleteSynced(db, 'listMembers', `${listId}:${handle}`, [listId, handle], now),
};
