// The Users page's API (admins): list, add with a one-time password, disable and enable, reset a
// password, end sessions. Every change is audited (users.ts).
import { Router } from 'express';
import { z } from 'zod';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { parseInput } from '../http/parse-input.ts';
import { recordAudit } from '../audit/audit-trail.ts';
import { actorOf, allow } from './access.ts';
import { ROLES } from './roles.ts';
import { scopeOf, type Scope } from './scope.ts';
import type { SessionStore } from './sessions.ts';
import { USERNAME_PATTERN, type UserDirectory } from './users.ts';

const newUserBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(USERNAME_PATTERN, '2-64 lower-case letters, digits, dots, dashes or underscores'),
  role: z.enum(ROLES),
  agency: z.string().trim().max(200).nullish(),
  scope: z
    .union([
      z.literal('national'),
      z
        .array(z.string().regex(/^[A-Z]{2}$/))
        .min(1)
        .max(30),
    ])
    .default('national'),
});

/** One user as the Users page lists them (never a password hash). */
export interface UserListing {
  username: string;
  role: string;
  agency: string | null;
  scope: Scope;
  disabled: boolean;
  mustChangePassword: boolean;
  /** Live sessions now. */
  sessions: number;
  /** Milliseconds since 1970 of the last request of a live session, or null. */
  lastSeen: number | null;
  createdAt: string | null;
}

const usernameParam = z.object({ username: z.string().regex(USERNAME_PATTERN, 'not a username') });

export function userRoutes(
  database: Database,
  users: UserDirectory,
  sessions: SessionStore,
  idleMinutes: number,
): Router {
  const router = Router();
  router.use('/users', allow('manageUsers'));

  router.get('/users', async (_request, response) => {
    const rows = await database.readTx(
      async (tx) =>
        (await tx.run(cypher('app/auth/list-users'), { now: Date.now(), idleMs: idleMinutes * 60_000 }))
          .records,
    );
    response.json({
      users: rows.map((row): UserListing => {
        const { circles, ...user } = row.toObject();
        return { ...(user as Omit<UserListing, 'scope'>), scope: scopeOf(circles as string[] | null) };
      }),
    });
  });

  router.post('/users', async (request, response) => {
    const body = parseInput(newUserBody, request.body, 'body');
    const { oneTimePassword } = await users.create(body, actorOf(response));
    response.status(201).json({ user: { username: body.username, role: body.role }, oneTimePassword });
  });

  const target = (params: unknown) => parseInput(usernameParam, params, 'path').username;
  const notYourself = (username: string, actorName: string, what: string) => {
    if (username === actorName)
      throw new AppError(409, 'CONFLICT', `You cannot ${what} your own account here.`);
  };

  router.post('/users/:username/disable', async (request, response) => {
    const username = target(request.params);
    notYourself(username, actorOf(response).username, 'disable');
    await users.setDisabled(username, true, actorOf(response));
    const ended = await sessions.endAllOf(username);
    response.json({ username, disabled: true, sessionsEnded: ended });
  });

  router.post('/users/:username/enable', async (request, response) => {
    const username = target(request.params);
    await users.setDisabled(username, false, actorOf(response));
    response.json({ username, disabled: false });
  });

  router.post('/users/:username/reset-password', async (request, response) => {
    const username = target(request.params);
    notYourself(username, actorOf(response).username, 'reset the password of');
    const { oneTimePassword } = await users.resetPassword(username, actorOf(response));
    const ended = await sessions.endAllOf(username);
    response.json({ username, oneTimePassword, sessionsEnded: ended });
  });

  router.post('/users/:username/end-sessions', async (request, response) => {
    const username = target(request.params);
    if (!(await users.find(username))) throw new AppError(404, 'NOT_FOUND', `No user ${username}.`);
    const ended = await sessions.endAllOf(username);
    await database.writeTx((tx) =>
      recordAudit(tx, actorOf(response), {
        action: 'user.end_sessions',
        target: `User:${username}`,
        details: { ended },
      }),
    );
    response.json({ username, sessionsEnded: ended });
  });

  return router;
}
