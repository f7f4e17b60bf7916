import { join } from 'node:path';
import { createPostgresStore } from '../../server/store/postgres';
import { createSqliteStore } from '../../server/store/sqlite';
import { startServer } from '../../server/serve';

/**
 * The sync server as its own process, for fault tests: DATA_DIR (SQLite) or DATABASE_URL + PG_SCHEMA.
 * CRASH_AFTER_COMMIT=1 makes the process SIGKILL itself after the first push has committed and before
 * it answers. Prints `{ "url" }` once listening.
 */
const store = process.env.DATABASE_URL ? createPostgresStore(process.env.DATABASE_URL, process.env.PG_SCHEMA) : createSqliteStore(join(process.env.DATA_DIR!, 'db.sqlite'));
if (process.env.CRASH_AFTER_COMMIT) {
  const push = store.push.bind(store);
  store.push = async (...args) => {
    const result = await push(...args);
    process.kill(process.pid, 'SIGKILL');
    return result;
  };
}
const server = await startServer(store, 0, { rateLimit: 10_000 });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
