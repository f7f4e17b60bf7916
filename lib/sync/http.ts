import { z } from '../zod';
import { ErrorBody, HealthResponse, PullResponse, PushResponse, type PushBody } from './wire';
import { t } from '../i18n/t';

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export class SyncHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** The client side of DESIGN §8: every reply is parsed with zod before it is believed. */
export function syncClient(baseUrl: string, token: string, fetchImpl: Fetch, timeoutMs = 30_000) {
  const base = baseUrl.replace(/\/+$/, '');
  async function request<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const text = body === undefined ? undefined : JSON.stringify(body);
    let res: Awaited<ReturnType<Fetch>> | undefined;
    // One immediate retry on a dropped connection (a socket the server closed, a reply lost on the way):
    // every request is safe to repeat, a push too, since the server applies each mutation id once.
    for (let attempt = 1; !res; attempt++) {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), timeoutMs);
      try {
        res = await fetchImpl(`${base}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: text,
          signal: ctrl.signal,
        });
      } catch (err) {
        if (attempt >= 2) throw new SyncHttpError(t('options.sync.unreachable', { error: err instanceof Error ? err.message : String(err) }), 0);
      } finally {
        clearTimeout(timer);
      }
    }
    const json = await res.json().catch(() => undefined);
    if (!res.ok) {
      const e = ErrorBody.safeParse(json);
      // The server's own words (`error`) are data: shown as it wrote them, after the status code.
      throw new SyncHttpError(`${res.status}: ${e.success ? e.data.error : t('options.sync.serverError')}`, res.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SyncHttpError(t('options.sync.unexpectedReply', { path }), res.status);
    return parsed.data;
  }
  return {
    health: () => request('/v1/health', HealthResponse),
    push: (body: PushBody) => request('/v1/sync/push', PushResponse, body),
    pull: (cursor: number, limit: number) => request(`/v1/sync/pull?cursor=${cursor}&limit=${limit}`, PullResponse),
  };
}
