import { storeFromEnv } from '../store';
import { startServer } from '../serve';
import { createLogger } from '../log';

// `npm run server`: PORT (default 8787), DATA_DIR (SQLite file), or DATABASE_URL (PostgreSQL).
const log = createLogger();
const store = storeFromEnv();
const server = await startServer(store, Number(process.env.PORT ?? 8787), {
    logger: log,
    rateLimit: Number(process.env.RATE_LIMIT_RPS ?? 50),
    maxClockSkewMs: process.env.MAX_CLOCK_SKEW_MS ? Number(process.env.MAX_CLOCK_SKEW_MS) : undefined,
    teamQuotaBytes: process.env.TEAM_QUOTA_BYTES ? Number(process.env.TEAM_QUOTA_BYTES) : undefined,
  }, process.env.HOST ?? '127.0.0.1');
log('listening', { url: server.url, store: store.kind });

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log('stopping', { signal });
    await server.stop();
    log('stopped');
    process.exit(0);
  });
}
