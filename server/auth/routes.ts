// POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me, POST /api/auth/password. Every login,
// failed or not, is in the audit trail.
import { setTimeout as sleep } from 'node:timers/promises';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import type { Database } from '../db/database.ts';
import { AppError, UnauthenticatedError } from '../http/errors.ts';
import { parseInput } from '../http/parse-input.ts';
import { SESSION_COOKIE, actorOf, requireSession, sessionOf, sessionToken } from './access.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { UNUSABLE_HASH } from './passwords.ts';
import { permissionsOf } from './roles.ts';
import type { SessionStore, SessionUser } from './sessions.ts';
import type { UserDirectory } from './users.ts';

const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

const passwordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().max(256),
});

const WRONG = 'Wrong username or password.';

export function authRoutes(
  database: Database,
  users: UserDirectory,
  sessions: SessionStore,
  limiter: LoginLimiter,
): Router {
  const router = Router();

  /** Counts the attempt first, then checks the password; true when it is right for an enabled user. */
  const checkCredentials = async (request: Request, username: string, password: string) => {
    const ip = request.ip ?? 'unknown';
    const reservation = await limiter.reserve(ip, username);
    if (!reservation.allowed) {
      const wait = reservation.retryAfterSeconds;
      throw new AppError(429, 'TOO_MANY_ATTEMPTS', `Too many failed logins; try again in ${wait} s.`, {
        retryAfterSeconds: wait,
      });
    }
    if (reservation.delayMs > 0) await sleep(reservation.delayMs);
    const user = await users.find(username);
    // Unknown users are checked against a dummy hash, so the answer takes as long as for a wrong password.
    const { ok, needsRehash } = await users.hasher.verify(password, user?.passwordHash ?? UNUSABLE_HASH);
    const accepted = Boolean(user && ok && !user.disabled);
    if (accepted) {
      await limiter.release(ip, username, reservation.attempt);
      if (needsRehash) await users.rehash(username, password);
    }
    return accepted;
  };

  router.post('/auth/login', async (request, response) => {
    const { username, password } = parseInput(loginBody, request.body, 'body');
    let accepted = false;
    try {
      accepted = await checkCredentials(request, username, password);
    } catch (error) {
      if (error instanceof AppError && error.status === 429)
        response.set(
          'Retry-After',
          String((error.details as { retryAfterSeconds: number }).retryAfterSeconds),
        );
      await auditLogin(database, username, request, 'auth.login_failed', { reason: 'throttled' });
      throw error;
    }
    if (!accepted) {
      await auditLogin(database, username, request, 'auth.login_failed', { reason: 'wrong credentials' });
      throw new UnauthenticatedError(WRONG);
    }
    const token = await sessions.create(username);
    const session = await sessions.get(token);
    await auditLogin(database, username, request, 'auth.login', {});
    setSessionCookie(request, response, token, sessions.maxAgeSeconds);
    response.json(describe(session!.user));
  });

  router.post('/auth/logout', async (request, response) => {
    const token = sessionToken(request);
    if (token) await sessions.destroy(token);
    setSessionCookie(request, response, '', 0);
    response.status(204).end();
  });

  const withPendingChange = requireSession(sessions, { allowPasswordChangePending: true });

  router.get('/auth/me', withPendingChange, (_request, response) => {
    response.json(describe(actorOf(response)));
  });

  // The user's own new password; every other session of theirs ends.
  router.post('/auth/password', withPendingChange, async (request, response) => {
    const { currentPassword, newPassword } = parseInput(passwordBody, request.body, 'body');
    const user = actorOf(response);
    if (!(await checkCredentials(request, user.username, currentPassword))) {
      throw new AppError(400, 'WRONG_PASSWORD', 'The current password is wrong.', {
        field: 'currentPassword',
      });
    }
    if (newPassword === currentPassword) {
      throw new AppError(400, 'BAD_INPUT', 'Choose a password different from the current one.', {
        field: 'newPassword',
      });
    }
    await users.changePassword(user.username, newPassword, user);
    await sessions.endAllOf(user.username, sessionOf(response).key);
    response.json(describe({ ...user, mustChangePassword: false }));
  });

  return router;
}

/** What the client learns about its user: who, role, scope, and what the role may do. */
function describe(user: SessionUser) {
  return {
    user: {
      username: user.username,
      role: user.role,
      agency: user.agency,
      scope: user.scope,
      mustChangePassword: user.mustChangePassword,
    },
    permissions: permissionsOf(user.role),
  };
}

async function auditLogin(
  database: Database,
  username: string,
  request: Request,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  const actor: Actor = { username, role: 'login' };
  await database.writeTx((tx) =>
    recordAudit(tx, actor, {
      action,
      target: `User:${username}`,
      details: { ...details, address: request.ip },
    }),
  );
}

function setSessionCookie(request: Request, response: Response, token: string, maxAgeSeconds: number) {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: '/',
    maxAge: maxAgeSeconds * 1000,
  });
}
