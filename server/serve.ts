import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app';
import type { Store } from './store/types';

export interface RunningServer {
  port: number;
  url: string;
  /** Stop accepting connections, finish requests in flight, then close the store. */
  stop(): Promise<void>;
}

export async function startServer(store: Store, port: number, opts: AppOptions = {}, host = '127.0.0.1'): Promise<RunningServer> {
  await store.migrate();
  const app = createApp(store, opts);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `http://${host}:${actual}`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; requests in flight still finish.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await store.close();
    },
  };
}
