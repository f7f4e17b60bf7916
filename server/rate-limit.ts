/** A token bucket per key: `rate` requests a second on average, bursts up to `burst`. */
export function createRateLimiter(rate: number, burst: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return function allow(key: string): boolean {
    const t = now();
    const b = buckets.get(key) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * rate);
    b.at = t;
    buckets.set(key, b);
    if (buckets.size > 10_000) buckets.clear();
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
}
