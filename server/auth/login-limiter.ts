// Slows down password guessing, with counters in Neo4j so that every app process counts together.
// An attempt is counted before its password is checked (a burst of simultaneous guesses cannot check
// more than the limit), and taken back when it succeeds. After `maxFailures` failures for one username
// within the window, that username is locked until the window has passed. Failures from one address
// never lock anyone out (behind a proxy that address is the whole force): past `freeAttemptsPerAddress`
// they make each further attempt from there wait, longer and longer.
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

export interface LoginLimiterOptions {
  maxFailures?: number;
  windowMs?: number;
  freeAttemptsPerAddress?: number;
  /** The delay after the first attempt past the free ones; it doubles with each further one. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
}

export type Reservation =
  { allowed: false; retryAfterSeconds: number } | { allowed: true; delayMs: number; attempt: number };

export interface LoginLimiter {
  readonly windowMs: number;
  /** Counts the attempt, or says how long the username is locked. */
  reserve(ip: string, username: string): Promise<Reservation>;
  /** The attempt succeeded: the username's failures are forgiven, the address's count goes back. */
  release(ip: string, username: string, attempt: number): Promise<void>;
}

export function createLoginLimiter(
  database: Database,
  {
    maxFailures = 5,
    windowMs = 15 * 60_000,
    freeAttemptsPerAddress = 20,
    baseDelayMs = 250,
    maxDelayMs = 5_000,
    now = Date.now,
  }: LoginLimiterOptions = {},
): LoginLimiter {
  const keys = (ip: string, username: string) => ({
    userKey: `user:${username.toLowerCase()}`,
    addressKey: `address:${ip}`,
  });
  const metadata = { app: 'ringside', action: 'login limit' };

  return {
    windowMs,
    async reserve(ip, username) {
      const time = now();
      const attempt = time + Math.random();
      const params = { ...keys(ip, username), since: time - windowMs, maxFailures, attempt, now: time };
      await database.writeTx((tx) => tx.run(cypher('app/auth/ensure-login-throttles'), params), { metadata });
      const [row] = await database.writeTx(
        async (tx) => {
          await tx.run(cypher('app/auth/lock-login-throttles'), params);
          return (await tx.run(cypher('app/auth/reserve-login-attempt'), params)).records;
        },
        { metadata },
      );
      if (row!.get('locked')) {
        const oldest = row!.get('oldestAttempt') as number;
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - time) / 1000)),
        };
      }
      const beyondFree = (row!.get('earlierAddressAttempts') as number) - freeAttemptsPerAddress;
      const delayMs = beyondFree < 0 ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(beyondFree, 20));
      return { allowed: true, delayMs, attempt };
    },
    async release(ip, username, attempt) {
      await database.writeTx(
        (tx) => tx.run(cypher('app/auth/release-login-attempt'), { ...keys(ip, username), attempt }),
        {
          metadata,
        },
      );
    },
  };
}
