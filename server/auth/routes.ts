// POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { AppError, UnauthenticatedError } from '../http/errors.ts';
import { parseInput } from '../http/parse-input.ts';
import { SESSION_COOKIE, requireSession, sessionToken } from './access.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { UNUSABLE_HASH, verifyPassword } from './passwords.ts';
import type { SessionStore } from './sessions.ts';
import { findUser } from './users.ts';

const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

export function authRoutes(database: Database, sessions: SessionStore, limiter: LoginLimiter): Router {
  const router = Router();

  router.post('/auth/login', async (request, response) => {
    const { username, password } = parseInput(loginBody, request.body, 'body');
    const ip = request.ip ?? 'unknown';
    const wait = limiter.retryAfterSeconds(ip, username);
    if (wait > 0) {
      response.set('Retry-After', String(wait));
      throw new AppError(429, 'TOO_MANY_ATTEMPTS', `Too many failed logins; try again in ${wait} s.`, {
        retryAfterSeconds: wait,
      });
    }
    const user = await findUser(database, username);
    // Unknown users are checked against a dummy hash, so the answer takes as long as for a wrong password.
    const matches = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_HASH);
    if (!user || !matches) {
      limiter.recordFailure(ip, username);
      throw new UnauthenticatedError('Wrong username or password.');
    }
    limiter.recordSuccess(ip, username);
    const session = { username: user.username, role: user.role, agency: user.agency };
    setSessionCookie(request, response, sessions.create(session), sessions.maxAgeSeconds);
    response.json({ user: session });
  });

  router.post('/auth/logout', (request, response) => {
    const token = sessionToken(request);
    if (token) sessions.destroy(token);
    setSessionCookie(request, response, '', 0);
    response.status(204).end();
  });

  router.get('/auth/me', requireSession(sessions), (_request, response) => {
    response.json({ user: response.locals.user });
  });

  return router;
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
