// Ringside's users, stored in Neo4j with a scrypt password hash, a role and an agency.
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { hashPassword } from './passwords.ts';
import { isRole, type Role } from './roles.ts';

export interface StoredUser {
  username: string;
  passwordHash: string;
  role: Role;
  agency: string | null;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 10;

/** The user, or undefined when there is none or its stored role is not one Ringside knows. */
export async function findUser(database: Database, username: string): Promise<StoredUser | undefined> {
  const [user] = await database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/auth/find-user'), { username });
    return result.records.map((record) => record.toObject() as StoredUser);
  });
  return user && isRole(user.role) ? user : undefined;
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  agency?: string;
}

/** Creates the user, or sets a new password, role and agency for an existing one; audited. */
export async function saveUser(
  database: Database,
  user: NewUser,
  actor: Actor,
): Promise<{ created: boolean }> {
  if (!USERNAME_PATTERN.test(user.username))
    throw new Error('a username is 2-64 lower-case letters, digits, dots, dashes or underscores');
  if (user.password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  const passwordHash = await hashPassword(user.password);
  return database.writeTx(async (tx) => {
    const result = await tx.run(cypher('app/auth/save-user'), {
      user: { username: user.username, passwordHash, role: user.role, agency: user.agency ?? null },
    });
    const created = result.records[0]!.get('created') as boolean;
    await recordAudit(tx, actor, {
      action: created ? 'user.create' : 'user.update',
      target: `User:${user.username}`,
      details: { role: user.role, agency: user.agency ?? null },
    });
    return { created };
  });
}
