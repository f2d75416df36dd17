// Logging in and out, sessions that end, guessing slowed down, and `npm run users` for real deployments.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLoginLimiter } from '../../server/auth/login-limiter.ts';
import { createSessionStore } from '../../server/auth/sessions.ts';
import {
  clientFor,
  sessionCookieOf,
  logIn,
  openTestDatabase,
  serveApp,
  TEST_PASSWORD,
  TEST_PEPPER,
  type RunningApp,
} from './helpers.ts';

const database = openTestDatabase();
let clock = Date.now();
let app: RunningApp;

const login = (username: string, password: string) =>
  clientFor(app.baseUrl).post('/api/auth/login', { username, password });

beforeAll(async () => {
  await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  app = await serveApp(database, {
    sessions: createSessionStore(database, { idleMinutes: 30, maxHours: 12, now: () => clock }),
    loginLimiter: createLoginLimiter(database, { maxFailures: 3, now: () => clock }),
  });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

describe('POST /api/auth/login', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and names the user, role and agency', async () => {
    const { status, headers, body } = await login('analyst', TEST_PASSWORD);
    expect(status).toBe(200);
    expect(body.user).toEqual({
      username: 'analyst',
      role: 'analyst',
      agency: 'Test analyst',
      scope: 'national',
      mustChangePassword: false,
    });
    expect(body.permissions).toContain('adhocCypher');
    const cookie = headers.getSetCookie().find((set) => set.startsWith('ringside_session='))!;
    expect(cookie).toMatch(/^ringside_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const me = await clientFor(app.baseUrl, cookie.split(';')[0]).get('/api/auth/me');
    expect(me.body.user.role).toBe('analyst');
    expect(JSON.stringify(me.body)).not.toContain('scrypt');
  });

  it('answers a wrong password and an unknown user alike, with 401 and no session cookie', async () => {
    for (const [username, password] of [
      ['dot', 'not-the-password'],
      ['nobody', TEST_PASSWORD],
    ]) {
      const { status, headers, body } = await login(username!, password!);
      expect(status).toBe(401);
      expect(body.error.message).toBe('Wrong username or password.');
      expect(sessionCookieOf(headers)).toBeUndefined();
    }
  });

  it('refuses a user whose stored role Ringside does not know', async () => {
    await database.writeTx((tx) => tx.run("MATCH (u:User {username: 'admin'}) SET u.role = 'superuser'"));
    expect((await login('admin', TEST_PASSWORD)).status).toBe(401);
    await database.writeTx((tx) => tx.run("MATCH (u:User {username: 'admin'}) SET u.role = 'admin'"));
  });

  it('refuses further attempts after repeated failures, even with the right password, until the window passes', async () => {
    for (let i = 0; i < 3; i++) expect((await login('investigator', `guess-${i}`)).status).toBe(401);
    const limited = await login('investigator', TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login('dot', TEST_PASSWORD)).status).toBe(200); // another user is not locked out

    clock += 16 * 60_000;
    expect((await login('investigator', TEST_PASSWORD)).status).toBe(200);
  });

  it('answers a malformed body with 400', async () => {
    const { status, body } = await clientFor(app.baseUrl).post('/api/auth/login', { username: 'dot' });
    expect(status).toBe(400);
    expect(body.error.details.problems[0].field).toBe('password');
  });
});

describe('sessions', () => {
  it('end on logout', async () => {
    const client = clientFor(app.baseUrl, await logIn(app.baseUrl, 'dot'));
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('end after 30 idle minutes, and 12 hours after login however busy', async () => {
    const idle = clientFor(app.baseUrl, await logIn(app.baseUrl, 'analyst'));
    clock += 29 * 60_000;
    expect((await idle.get('/api/auth/me')).status).toBe(200);
    clock += 31 * 60_000;
    expect((await idle.get('/api/auth/me')).status).toBe(401);

    const busy = clientFor(app.baseUrl, await logIn(app.baseUrl, 'analyst'));
    for (let hour = 0; hour < 12; hour++) {
      expect((await busy.get('/api/auth/me')).status).toBe(200);
      for (let step = 0; step < 3; step++) {
        clock += 20 * 60_000;
        await busy.get('/api/auth/me');
      }
    }
    expect((await busy.get('/api/auth/me')).status).toBe(401);
  });

  it('are not accepted when forged', async () => {
    const forged = clientFor(app.baseUrl, 'ringside_session=' + 'A'.repeat(43));
    expect((await forged.get('/api/auth/me')).status).toBe(401);
  });
});

describe('npm run users', () => {
  const runUsers = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/users.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), RINGSIDE_PEPPER: TEST_PEPPER, ...env },
      encoding: 'utf8',
      input: '',
    });

  it('adds a user who can then log in, and audits it', async () => {
    const run = runUsers(['add', 'asha.k', '--role', 'dot', '--agency', 'DoT LSA Karnataka'], {
      RINGSIDE_PASSWORD: 'a long enough password',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('created user asha.k (dot, DoT LSA Karnataka, scope national)');

    const { status, body } = await login('asha.k', 'a long enough password');
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ username: 'asha.k', role: 'dot', agency: 'DoT LSA Karnataka' });
    const admin = await app.as('admin');
    const events = (await admin.get('/api/audit?action=user.create')).body.events;
    expect(events.find((event: { target: string }) => event.target === 'User:asha.k')).toMatchObject({
      role: 'cli',
      details: { role: 'dot', agency: 'DoT LSA Karnataka', scope: 'national' },
    });
  });

  it('refuses an unknown role, a short password, and differing passwords, changing nothing', async () => {
    const badRole = runUsers(['add', 'ravi', '--role', 'superuser'], {
      RINGSIDE_PASSWORD: 'a long enough password',
    });
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of investigator, analyst, dot, admin');

    const short = runUsers(['add', 'ravi', '--role', 'analyst'], { RINGSIDE_PASSWORD: 'short' });
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('at least 10 characters');

    const differing = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/users.ts', 'add', 'ravi', '--role', 'analyst'],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), RINGSIDE_PASSWORD: undefined },
        encoding: 'utf8',
        input: 'first password 1\nsecond password 2\n',
      },
    );
    expect(differing.status).toBe(2);
    expect(differing.stderr).toContain('the passwords differ');

    const [row] = await database.readTx(async (tx) =>
      (await tx.run("MATCH (u:User {username: 'ravi'}) RETURN count(u) AS n")).records.map((r) =>
        r.toObject(),
      ),
    );
    expect(row!.n).toBe(0);
  });
});
