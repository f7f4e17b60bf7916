import type { ScoutDB } from './db';

const CLIENT_ID = 'sync.clientId';

export const settingsRepo = {
  async get<T>(db: ScoutDB, key: string, fallback: T): Promise<T> {
    const row = await db.settings.get(key);
    return row === undefined ? fallback : (row.value as T);
  },
  put: (db: ScoutDB, key: string, value: unknown) => db.settings.put({ key, value }),
};

/** A stable id for this install: the tail of every HLC stamp it issues. */
export async function getClientId(db: ScoutDB): Promise<string> {
  const row = await db.settings.get(CLIENT_ID);
  if (typeof row?.value === 'string') return row.value;
  const id = crypto.randomUUID();
  await db.settings.put({ key: CLIENT_ID, value: id });
  return id;
}
