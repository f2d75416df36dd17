// The first admin of a new deployment: with RINGSIDE_ADMIN_PASSWORD set and no user in the database, the
// app creates one admin at start (audited), so a first `docker compose up` has someone to log in as.
// With users present it changes nothing: the variable can stay set, and several processes may start at once.
import type { UserDirectory } from './users.ts';

export async function createFirstAdmin(
  users: UserDirectory,
  admin: { username: string; password: string },
  log: (line: string) => void,
): Promise<void> {
  const { created } = await users.createFirstUser(
    { ...admin, role: 'admin', scope: 'national' },
    { username: 'first-start', role: 'system' },
  );
  log(
    created
      ? `no user in the database: created the admin ${admin.username} with the password in RINGSIDE_ADMIN_PASSWORD (to be changed at first login)`
      : 'the database has users: RINGSIDE_ADMIN_PASSWORD is not used',
  );
}
