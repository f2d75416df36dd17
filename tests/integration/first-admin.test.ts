// The first admin of a new deployment (issue #20): on a database without users, RINGSIDE_ADMIN_PASSWORD
// makes one admin at start, even when two processes start at the same moment; later starts, with any
// password, change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import {
  clientFor,
  logIn,
  openTestDatabase,
  saveTestUsers,
  startServerProcess,
  testUsers,
  type ServerProcess,
} from './helpers.ts';

const database = openTestDatabase();
const FIRST_PASSWORD = 'first-admin-password-from-compose';
const CREATED = /no user in the database: created the admin admin/;

const rows = async (statement: string) =>
  database.readTx(async (tx) => (await tx.run(statement)).records.map((r) => r.toObject()));

const started: ServerProcess[] = [];
const start = async (instance: string, password: string) => {
  const server = await startServerProcess(instance, { RINGSIDE_ADMIN_PASSWORD: password });
  started.push(server);
  return server;
};

const removeEveryUser = async () => {
  await database.writeTx((tx) => tx.run('MATCH (u:User) DETACH DELETE u'));
  await database.writeTx((tx) => tx.run("MATCH (e:AuditEvent {actor: 'first-start'}) DELETE e"));
};

beforeAll(async () => {
  // Built once here: two processes that both found it missing would both build it into one folder.
  await ensureClientBuilt(() => {});
});

afterAll(async () => {
  for (const server of started) await server.stop();
  await saveTestUsers(database); // the other test files' users
  await database.close();
});

describe('createFirstUser', () => {
  it('creates exactly one user when six transactions race on an empty database', async () => {
    await removeEveryUser();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        testUsers(database).createFirstUser(
          { username: 'admin', password: `racing-password-${i}`, role: 'admin' },
          { username: 'first-start', role: 'system' },
        ),
      ),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await rows('MATCH (u:User) RETURN count(u) AS n')).toEqual([{ n: 1 }]);
    expect(await rows("MATCH (e:AuditEvent {actor: 'first-start'}) RETURN count(e) AS n")).toEqual([
      { n: 1 },
    ]);
  });
});

describe('RINGSIDE_ADMIN_PASSWORD on a database without users', () => {
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    await removeEveryUser();
    [a, b] = await Promise.all([start('first-a', FIRST_PASSWORD), start('first-b', FIRST_PASSWORD)]);
  }, 240_000);

  it('creates one admin when two processes start at once, and one says so without the password', async () => {
    expect(await rows('MATCH (u:User) RETURN u.username AS username, u.role AS role')).toEqual([
      { username: 'admin', role: 'admin' },
    ]);
    const logs = [a.output(), b.output()];
    expect(logs.filter((log) => CREATED.test(log))).toHaveLength(1);
    expect(logs.filter((log) => log.includes('the database has users'))).toHaveLength(1);
    for (const log of logs) expect(log).not.toContain(FIRST_PASSWORD);
  });

  it('audits the creation once, as a user change', async () => {
    const events = await rows(
      "MATCH (e:AuditEvent {actor: 'first-start'}) RETURN e.action AS action, e.target AS target, e.details AS details",
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'user.create', target: 'User:admin' });
    expect(JSON.parse(events[0]!.details as string)).toEqual({
      role: 'admin',
      agency: null,
      scope: 'national',
    });
  });

  it('lets the admin log in on either process, asked to choose a password of their own', async () => {
    for (const server of [a, b]) {
      const me = await clientFor(server.baseUrl, await logIn(server.baseUrl, 'admin', FIRST_PASSWORD)).get(
        '/api/auth/me',
      );
      expect(me.body.user).toMatchObject({ username: 'admin', role: 'admin', mustChangePassword: true });
    }
  });

  it('changes nothing at a later start with another password', async () => {
    await a.stop();
    const again = await start('first-c', 'another-password-for-admin');
    expect(again.output()).toContain('the database has users: RINGSIDE_ADMIN_PASSWORD is not used');
    expect(again.output()).not.toContain('another-password-for-admin');
    await expect(logIn(again.baseUrl, 'admin', 'another-password-for-admin')).rejects.toThrow(/401/);
    await logIn(again.baseUrl, 'admin', FIRST_PASSWORD);
    expect(await rows("MATCH (e:AuditEvent {actor: 'first-start'}) RETURN e.id AS id")).toHaveLength(1);
  }, 180_000);
});
