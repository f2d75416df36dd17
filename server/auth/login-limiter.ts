// Slows down password guessing: after `maxFailures` failed logins for one username from one address, or
// ten times that from one address, further attempts are refused until the window has passed.
export interface LoginLimiter {
  /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
  retryAfterSeconds(ip: string, username: string): number;
  recordFailure(ip: string, username: string): void;
  recordSuccess(ip: string, username: string): void;
}

export function createLoginLimiter({
  maxFailures = 5,
  windowMs = 15 * 60_000,
  now = Date.now,
}: { maxFailures?: number; windowMs?: number; now?: () => number } = {}): LoginLimiter {
  const failures = new Map<string, number[]>();
  const keysOf = (ip: string, username: string) => [
    { key: `user:${ip}|${username.toLowerCase()}`, limit: maxFailures },
    { key: `ip:${ip}`, limit: maxFailures * 10 },
  ];
  const recent = (key: string) => {
    const since = now() - windowMs;
    const times = (failures.get(key) ?? []).filter((time) => time > since);
    if (times.length > 0) failures.set(key, times);
    else failures.delete(key);
    return times;
  };

  return {
    retryAfterSeconds(ip, username) {
      let wait = 0;
      for (const { key, limit } of keysOf(ip, username)) {
        const times = recent(key);
        if (times.length >= limit) wait = Math.max(wait, times[times.length - limit]! + windowMs - now());
      }
      return Math.ceil(wait / 1000);
    },
    recordFailure(ip, username) {
      for (const { key } of keysOf(ip, username)) failures.set(key, [...recent(key), now()]);
    },
    recordSuccess(ip, username) {
      failures.delete(keysOf(ip, username)[0]!.key);
    },
  };
}
