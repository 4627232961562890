// A token bucket per client: `perMinute` requests at once, refilled evenly
// over a minute. Memory stays bounded: full buckets are forgotten, and at
// most `maxClients` are tracked (the oldest go first).
export interface RateLimiter {
  /** Takes one request from `client`'s bucket; returns 0 if allowed, else the seconds until the next one is. */
  take(client: string, now?: number): number;
}

export function createRateLimiter(perMinute: number, maxClients = 10_000): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const refill = (bucket: { tokens: number; at: number }, now: number) => {
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
  };

  return {
    take(client, now = Date.now()) {
      let bucket = buckets.get(client);
      if (bucket) refill(bucket, now);
      else {
        if (buckets.size >= maxClients) {
          for (const [key, b] of buckets) {
            refill(b, now);
            if (b.tokens >= perMinute) buckets.delete(key);
          }
          if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
        }
        bucket = { tokens: perMinute, at: now };
        buckets.set(client, bucket);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
  };
}
