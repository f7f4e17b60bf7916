import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { z } from '../lib/zod';
import { PullQuery, PushBody, type Rejection } from '../lib/sync/wire';
import { kb, MAX_CLOCK_SKEW_MS, PULL_PAGE_BYTES, SYNC_LIMITS, TEAM_QUOTA_BYTES, type SyncLimits } from '../lib/sync/limits';
import { rejectReason } from './accept';
import { QuotaExceededError } from './store/apply';
import { authenticate } from './auth';
import type { Logger } from './log';
import { createRateLimiter } from './rate-limit';
import type { Member, Store } from './store/types';
import { SERVER_VERSION } from './version';

export interface AppOptions {
  logger?: Logger;
  /** Requests per second per token (default 50, burst 4×). */
  rateLimit?: number;
  /** How far ahead of this server's clock a stamp may be (default 60 s; env MAX_CLOCK_SKEW_MS). */
  maxClockSkewMs?: number;
  /** Stored bytes per team (default 1 GB; env TEAM_QUOTA_BYTES). */
  teamQuotaBytes?: number;
  /** Advertised on /v1/health and enforced (tests lower them). */
  limits?: Partial<SyncLimits>;
  /** Pull page byte budget (default 4 MB). */
  pullPageBytes?: number;
  /** The server's clock (tests move it). */
  now?: () => number;
}

type Env = { Variables: { member: Member } };

const issue = (e: z.ZodError) => e.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');

/** The sync service of DESIGN §8. The client is never trusted: bodies are parsed, the team comes from the token. */
export function createApp(store: Store, opts: AppOptions = {}) {
  const log = opts.logger ?? (() => {});
  const rate = opts.rateLimit ?? 50;
  const allow = createRateLimiter(rate, rate * 4);
  const limits: SyncLimits = { ...SYNC_LIMITS, ...opts.limits };
  const maxSkew = opts.maxClockSkewMs ?? MAX_CLOCK_SKEW_MS;
  const quotaBytes = opts.teamQuotaBytes ?? TEAM_QUOTA_BYTES;
  const now = opts.now ?? Date.now;
  const app = new Hono<Env>();

  // The extension calls from its own origin (chrome-extension://…); the token, not the origin, authorises.
  app.use('/v1/*', cors({ origin: '*', allowHeaders: ['authorization', 'content-type'], allowMethods: ['GET', 'POST'] }));
  app.onError((err, c) => {
    log('error', { path: c.req.path, message: err.message });
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  // Clients size their batches by `limits` and bound their clock by `time`; other keys may join them.
  app.get('/v1/health', (c) => c.json({ ok: true, store: store.kind, version: SERVER_VERSION, limits, time: now() }));

  app.use('/v1/sync/*', async (c, next) => {
    const member = await authenticate(store, c.req.header('authorization'));
    if (!member) return c.json({ error: 'missing, unknown or revoked token' }, 401);
    if (!allow(member.id)) return c.json({ error: 'too many requests: slow down and retry' }, 429);
    c.set('member', member);
    await next();
  });

  app.post(
    '/v1/sync/push',
    bodyLimit({
      maxSize: limits.bodyBytes,
      // The unread rest of the body makes the socket useless: say so, so a client does not reuse it.
      onError: (c) => c.json({ error: `body larger than ${kb(limits.bodyBytes)}: push fewer mutations per request (see GET /v1/health for the limits)` }, 413, { connection: 'close' }),
    }),
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
      const at = now();
      const rejected: Rejection[] = [];
      const accepted = body.data.mutations.filter((m) => {
        const reason = rejectReason(m, at, maxSkew, limits);
        if (reason) rejected.push({ id: m.id, reason });
        return !reason;
      });
      let result;
      try {
        result = await store.push(member.teamId, accepted, { quotaBytes, notAfterMs: at + maxSkew });
      } catch (err) {
        if (err instanceof QuotaExceededError) return c.json({ error: err.message }, 507);
        throw err;
      }
      result = { ...result, rejected: [...rejected, ...result.rejected] };
      log('push', { team: member.teamId, member: member.id, client: body.data.clientId, applied: result.applied.length, duplicates: result.duplicates.length, rejected: result.rejected.length, ms: Math.round(performance.now() - t) });
      return c.json(result);
    },
  );

  app.get('/v1/sync/pull', async (c) => {
    const q = PullQuery.safeParse({ cursor: c.req.query('cursor'), limit: c.req.query('limit') });
    if (!q.success) return c.json({ error: issue(q.error) }, 400);
    const member = c.get('member');
    const body = await store.pullJson(member.teamId, q.data.cursor, q.data.limit, opts.pullPageBytes ?? PULL_PAGE_BYTES);
    log('pull', { team: member.teamId, member: member.id, cursor: q.data.cursor });
    return c.body(body, 200, { 'content-type': 'application/json' });
  });

  return app;
}
