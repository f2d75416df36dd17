// Every API route except health and login needs a live session (401 without one), and each route names
// the permission it needs (403 when the role lacks it).
import type { Request, RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../http/errors.ts';
import type { Actor } from '../audit/audit-trail.ts';
import { mayDo, type Permission } from './roles.ts';
import type { SessionStore, SessionUser } from './sessions.ts';

export const SESSION_COOKIE = 'ringside_session';

export function sessionToken(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/** Puts the session's user in `response.locals.user`, or answers 401. */
export function requireSession(sessions: SessionStore): RequestHandler {
  return (request, response, next) => {
    const token = sessionToken(request);
    const user = token ? sessions.get(token) : undefined;
    if (!user) return next(new UnauthenticatedError());
    response.locals.user = user;
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
