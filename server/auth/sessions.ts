// Login sessions, kept in the server's memory: a random token in an httpOnly cookie, looked up by its
// SHA-256 (a memory dump does not hand out live tokens). A session ends on logout, after `idleMinutes`
// without a request, or `maxHours` after login, whichever comes first. A restart logs everyone out.
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from './roles.ts';

export interface SessionUser {
  username: string;
  role: Role;
  agency: string | null;
}

export interface SessionOptions {
  idleMinutes: number;
  maxHours: number;
  now?: () => number;
}

export interface SessionStore {
  /** Returns the token for the cookie. */
  create(user: SessionUser): string;
  /** The user of a live session (and marks it used), or undefined. */
  get(token: string): SessionUser | undefined;
  destroy(token: string): void;
  readonly maxAgeSeconds: number;
}

interface Session {
  user: SessionUser;
  expiresAt: number;
  lastUsedAt: number;
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSessionStore({ idleMinutes, maxHours, now = Date.now }: SessionOptions): SessionStore {
  const sessions = new Map<string, Session>();
  const idleMs = idleMinutes * 60_000;

  const sweep = () => {
    const time = now();
    for (const [key, session] of sessions) {
      if (time >= session.expiresAt || time - session.lastUsedAt >= idleMs) sessions.delete(key);
    }
  };

  return {
    maxAgeSeconds: maxHours * 3600,
    create(user) {
      if (sessions.size > 1000) sweep();
      const token = randomBytes(32).toString('base64url');
      const time = now();
      sessions.set(digest(token), { user, expiresAt: time + maxHours * 3_600_000, lastUsedAt: time });
      return token;
    },
    get(token) {
      const key = digest(token);
      const session = sessions.get(key);
      if (!session) return undefined;
      const time = now();
      if (time >= session.expiresAt || time - session.lastUsedAt >= idleMs) {
        sessions.delete(key);
        return undefined;
      }
      session.lastUsedAt = time;
      return session.user;
    },
    destroy(token) {
      sessions.delete(digest(token));
    },
  };
}
