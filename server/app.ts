import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { PullQuery, PushBody } from '../lib/sync/wire';
import { authenticate } from './auth';
import type { Logger } from './log';
import { createRateLimiter } from './rate-limit';
import type { Member, Store } from './store/types';
import { SERVER_VERSION } from './version';

export interface AppOptions {
  logger?: Logger;
  /** Requests per second per token (default 50, burst 4×). */
  rateLimit?: number;
}

type Env = { Variables: { member: Member } };

const issue = (e: z.ZodError) => e.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');

/** The sync service of DESIGN §8. The client is never trusted: bodies are parsed, the team comes from the token. */
export function createApp(store: Store, opts: AppOptions = {}) {
  const log = opts.logger ?? (() => {});
  const rate = opts.rateLimit ?? 50;
  const allow = createRateLimiter(rate, rate * 4);
  const app = new Hono<Env>();

  // The extension calls from its own origin (chrome-extension://…); the token, not the origin, authorises.
  app.use('/v1/*', cors({ origin: '*', allowHeaders: ['authorization', 'content-type'], allowMethods: ['GET', 'POST'] }));
  app.onError((err, c) => {
    log('error', { path: c.req.path, message: err.message });
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.get('/v1/health', (c) => c.json({ ok: true, store: store.kind, version: SERVER_VERSION }));

  app.use('/v1/sync/*', async (c, next) => {
    const member = await authenticate(store, c.req.header('authorization'));
    if (!member) return c.json({ error: 'missing, unknown or revoked token' }, 401);
    if (!allow(member.id)) return c.json({ error: 'too many requests: slow down and retry' }, 429);
    c.set('member', member);
    await next();
  });

  app.post(
    '/v1/sync/push',
    bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ error: 'body larger than 1 MB: push fewer mutations per request' }, 413) }),
    async (c) => {
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        return c.json({ error: 'body is not JSON' }, 400);
      }
      const body = PushBody.safeParse(raw);
      if (!body.success) return c.json({ error: issue(body.error) }, 400);
      const member = c.get('member');
      const t = performance.now();
      const result = await store.push(member.teamId, body.data.mutations);
      log('push', { team: member.teamId, member: member.id, client: body.data.clientId, applied: result.applied.length, duplicates: result.duplicates.length, ms: Math.round(performance.now() - t) });
      return c.json(result);
    },
  );

  app.get('/v1/sync/pull', async (c) => {
    const q = PullQuery.safeParse({ cursor: c.req.query('cursor'), limit: c.req.query('limit') });
    if (!q.success) return c.json({ error: issue(q.error) }, 400);
    const member = c.get('member');
    const result = await store.pull(member.teamId, q.data.cursor, q.data.limit);
    log('pull', { team: member.teamId, member: member.id, cursor: q.data.cursor, changes: result.changes.length });
    return c.json(result);
  });

  return app;
}
