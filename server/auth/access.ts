// Every API route except health and login needs a live session (401 without one), and each route names
// the permission it needs (403 when the role lacks it). A user with a one-time password may only change
// it (or log out) until they have.
import type { Request, RequestHandler, Response } from 'express';
import { cookieValue } from '../http/cookies.ts';
import { AppError, ForbiddenError, UnauthenticatedError } from '../http/errors.ts';
import type { Actor } from '../audit/audit-trail.ts';
import { mayDo, type Permission } from './roles.ts';
import type { Session, SessionStore, SessionUser } from './sessions.ts';

export const SESSION_COOKIE = 'ringside_session';

export const sessionToken = (request: Request): string | undefined => cookieValue(request, SESSION_COOKIE);

/**
 * Puts the session in `response.locals.session` and its user in `response.locals.user`, or answers 401.
 * `allowPasswordChangePending` lets a user who must change a one-time password through (the password
 * route and /auth/me only).
 */
export function requireSession(
  sessions: SessionStore,
  { allowPasswordChangePending = false } = {},
): RequestHandler {
  return async (request, response, next) => {
    const token = sessionToken(request);
    const session = token && /^[\w-]{43}$/.test(token) ? await sessions.get(token) : undefined;
    if (!session) {
      return next(new UnauthenticatedError('Your session has ended (logged out or expired): log in again.'));
    }
    if (session.user.mustChangePassword && !allowPasswordChangePending) {
      return next(new AppError(403, 'PASSWORD_CHANGE_REQUIRED', 'Choose your own password before going on.'));
    }
    response.locals.session = session;
    response.locals.user = session.user;
    next();
  };
}

export function allow(permission: Permission): RequestHandler {
  return (_request, response, next) => {
    const user = response.locals.user as SessionUser | undefined;
    if (!user) return next(new UnauthenticatedError());
    if (!mayDo(user.role, permission)) {
      return next(new ForbiddenError(`The ${user.role} role may not do this (it needs "${permission}").`));
    }
    next();
  };
}

/** The logged-in user, as the audit trail names them. */
export function actorOf(response: Response): Actor & SessionUser {
  return response.locals.user as SessionUser;
}

export function sessionOf(response: Response): Session {
  return response.locals.session as Session;
}
