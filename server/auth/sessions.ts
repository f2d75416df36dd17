// Login sessions, kept in Neo4j so that a restart or another app process keeps them: a random token in
// an httpOnly cookie, stored only as its SHA-256 (the database never holds a usable token). A session
// ends on logout, after `idleMinutes` without a request, or `maxHours` after login, whichever comes
// first; expiry is part of the lookup query. The user is read with the session, so a changed role or
// scope, or a disabled account, takes effect at the next request.
import { createHash, randomBytes } from 'node:crypto';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { isRole, type Role } from './roles.ts';
import { scopeOf, type Scope } from './scope.ts';

export interface SessionUser {
  username: string;
  role: Role;
  agency: string | null;
  scope: Scope;
  /** A one-time password is in use: the user must choose their own before anything else. */
  mustChangePassword: boolean;
}

/** A live session: its user, its key (the token's digest) and the identities revealed in it. */
export interface Session {
  key: string;
  user: SessionUser;
  revealed: string[];
}

export interface SessionOptions {
  idleMinutes: number;
  maxHours: number;
  now?: () => number;
}

export interface SessionStore {
  /** Returns the token for the cookie. */
  create(username: string): Promise<string>;
  /** The live session of a token (marked used), or undefined. */
  get(token: string): Promise<Session | undefined>;
  destroy(token: string): Promise<void>;
  /** Ends a user's sessions, but the one with key `keepKey`; returns how many ended. */
  endAllOf(username: string, keepKey?: string): Promise<number>;
  reveal(sessionKey: string, kycId: string): Promise<void>;
  /** Deletes expired sessions and stale login counters (background housekeeping). */
  sweep(loginWindowMs: number): Promise<{ sessions: number; throttles: number }>;
  readonly maxAgeSeconds: number;
}

/** Writing "last used" once a minute is enough for a 30-minute idle limit, and spares a write a request. */
const TOUCH_EVERY_MS = 60_000;

export const sessionKeyOf = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSessionStore(
  database: Database,
  { idleMinutes, maxHours, now = Date.now }: SessionOptions,
): SessionStore {
  const idleMs = idleMinutes * 60_000;
  const maxMs = maxHours * 3_600_000;
  const metadata = { app: 'ringside', action: 'session' };
  const write = (statement: string, params: Record<string, unknown>) =>
    database.writeTx((tx) => tx.run(cypher(statement), params), { metadata });

  return {
    maxAgeSeconds: maxHours * 3600,
    async create(username) {
      const token = randomBytes(32).toString('base64url');
      const time = now();
      await write('app/auth/create-session', {
        username,
        tokenHash: sessionKeyOf(token),
        now: time,
        expiresAt: time + maxMs,
      });
      return token;
    },
    async get(token) {
      const key = sessionKeyOf(token);
      const time = now();
      const [row] = await database.readTx(
        async (tx) =>
          (await tx.run(cypher('app/auth/find-session'), { tokenHash: key, now: time, idleMs })).records,
        { metadata },
      );
      if (!row || !isRole(row.get('role'))) return undefined;
      if (time - (row.get('lastUsedAt') as number) >= TOUCH_EVERY_MS) {
        await write('app/auth/touch-session', { tokenHash: key, now: time });
      }
      return {
        key,
        revealed: row.get('revealed') as string[],
        user: {
          username: row.get('username') as string,
          role: row.get('role') as Role,
          agency: row.get('agency') as string | null,
          scope: scopeOf(row.get('circles') as string[] | null),
          mustChangePassword: row.get('mustChangePassword') as boolean,
        },
      };
    },
    async destroy(token) {
      await write('app/auth/end-session', { tokenHash: sessionKeyOf(token) });
    },
    async endAllOf(username, keepKey) {
      const result = await write('app/auth/end-user-sessions', { username, keepTokenHash: keepKey ?? null });
      return result.records[0]!.get('ended') as number;
    },
    async reveal(sessionKey, kycId) {
      await write('app/auth/reveal-identity', { tokenHash: sessionKey, kycId });
    },
    async sweep(loginWindowMs) {
      const time = now();
      const result = await write('app/auth/sweep-expired', {
        now: time,
        idleMs,
        since: time - loginWindowMs,
      });
      const row = result.records[0]!;
      return { sessions: row.get('sessions') as number, throttles: row.get('throttles') as number };
    },
  };
}
