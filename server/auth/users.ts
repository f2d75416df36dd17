// Ringside's users, stored in Neo4j with a peppered scrypt hash, a role, an agency and a scope. Every
// change is audited in its own transaction; the command line (npm run users) and the Users page share
// these functions.
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { ConflictError, InputError, NotFoundError } from '../http/errors.ts';
import { CIRCLES } from '../ingest/identifiers.ts';
import { createPasswordHasher, oneTimePassword, type PasswordHasher } from './passwords.ts';
import { loadPepper } from './pepper.ts';
import { isRole, type Role } from './roles.ts';
import { circlesOf, scopeOf, type Scope } from './scope.ts';

export interface StoredUser {
  username: string;
  passwordHash: string;
  role: Role;
  agency: string | null;
  scope: Scope;
  disabled: boolean;
  mustChangePassword: boolean;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 10;

export interface NewUser {
  username: string;
  role: Role;
  agency?: string | null;
  scope?: Scope;
}

export interface UserDirectory {
  /** The user, or undefined when there is none or its stored role is not one Ringside knows. */
  find(username: string): Promise<StoredUser | undefined>;
  /** Creates the user, or sets a new password, role, agency and scope for an existing one (command line). */
  save(user: NewUser & { password: string }, actor: Actor): Promise<{ created: boolean }>;
  /**
   * Creates the user only when the database has no user at all (the first admin of a deployment), with
   * a password to change at first login; `created` is false when there were users, and nothing changed.
   */
  createFirstUser(user: NewUser & { password: string }, actor: Actor): Promise<{ created: boolean }>;
  /** A new account with a one-time password, returned once (Users page); 409 when the name is taken. */
  create(user: NewUser, actor: Actor): Promise<{ oneTimePassword: string }>;
  /** The user's own new password; `actor` is the user. */
  changePassword(username: string, password: string, actor: Actor): Promise<void>;
  /** A one-time password that the user must change at next login. */
  resetPassword(username: string, actor: Actor): Promise<{ oneTimePassword: string }>;
  setDisabled(username: string, disabled: boolean, actor: Actor): Promise<void>;
  /** Replaces an older kind of hash after a successful login (no audit: nothing about the account changed). */
  rehash(username: string, password: string): Promise<void>;
  readonly hasher: PasswordHasher;
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new InputError(`A password has at least ${MIN_PASSWORD_LENGTH} characters.`, { field: 'password' });
  if (password.length > 256)
    throw new InputError('A password has at most 256 characters.', { field: 'password' });
}

export function checkNewUser(user: NewUser): void {
  if (!USERNAME_PATTERN.test(user.username))
    throw new InputError('A username is 2-64 lower-case letters, digits, dots, dashes or underscores.', {
      field: 'username',
    });
  const circles = user.scope && circlesOf(user.scope);
  const unknown = circles?.filter((circle) => !(CIRCLES as readonly string[]).includes(circle)) ?? [];
  if (unknown.length > 0)
    throw new InputError(`Unknown circle ${unknown.join(', ')}; circles are ${CIRCLES.join(' ')}.`, {
      field: 'circles',
      unknown,
    });
}

/** The user as the save and create statements take it: national scope stored as no circles. */
function storedUser(user: NewUser, passwordHash: string) {
  return {
    username: user.username,
    passwordHash,
    role: user.role,
    agency: user.agency ?? null,
    circles: user.scope ? circlesOf(user.scope) : null,
  };
}

/** The audit event of a new or changed account (never the hash). */
const userChange = (action: string, user: ReturnType<typeof storedUser>) => ({
  action,
  target: `User:${user.username}`,
  details: { role: user.role, agency: user.agency, scope: user.circles ?? 'national' },
});

export function createUserDirectory(database: Database, hasher: PasswordHasher): UserDirectory {
  const changeWithAudit = async (
    statement: string,
    params: Record<string, unknown>,
    actor: Actor,
    action: string,
    username: string,
    details: Record<string, unknown> = {},
  ) => {
    const found = await database.writeTx(async (tx) => {
      const result = await tx.run(cypher(statement), params);
      if (result.records.length === 0) return false;
      await recordAudit(tx, actor, { action, target: `User:${username}`, details });
      return true;
    });
    if (!found) throw new NotFoundError(`No user ${username}.`, { username });
  };

  return {
    hasher,
    async find(username) {
      const [user] = await database.readTx(async (tx) => {
        const result = await tx.run(cypher('app/auth/find-user'), { username });
        return result.records.map((record) => record.toObject());
      });
      if (!user || !isRole(user.role)) return undefined;
      return {
        username: user.username as string,
        passwordHash: user.passwordHash as string,
        role: user.role,
        agency: user.agency as string | null,
        scope: scopeOf(user.circles as string[] | null),
        disabled: user.disabled as boolean,
        mustChangePassword: user.mustChangePassword as boolean,
      };
    },
    async save(user, actor) {
      checkNewUser(user);
      checkPassword(user.password);
      const stored = storedUser(user, await hasher.hash(user.password));
      return database.writeTx(async (tx) => {
        const result = await tx.run(cypher('app/auth/save-user'), { user: stored });
        const created = result.records[0]!.get('created') as boolean;
        await recordAudit(tx, actor, userChange(created ? 'user.create' : 'user.update', stored));
        return { created };
      });
    },
    async createFirstUser(user, actor) {
      checkNewUser(user);
      checkPassword(user.password);
      const stored = storedUser(user, await hasher.hash(user.password));
      return database.writeTx(async (tx) => {
        const result = await tx.run(cypher('app/auth/create-first-user'), { user: stored });
        const created = result.records[0]?.get('created') === true;
        if (created) await recordAudit(tx, actor, userChange('user.create', stored));
        return { created };
      });
    },
    async create(user, actor) {
      checkNewUser(user);
      const password = oneTimePassword();
      const stored = storedUser(user, await hasher.hash(password));
      const created = await database.writeTx(async (tx) => {
        const result = await tx.run(cypher('app/auth/create-user'), { user: stored });
        if (result.records.length === 0) return false;
        await recordAudit(tx, actor, userChange('user.create', stored));
        return true;
      });
      if (!created)
        throw new ConflictError(`The username ${user.username} is taken.`, { username: user.username });
      return { oneTimePassword: password };
    },
    async changePassword(username, password, actor) {
      checkPassword(password);
      const passwordHash = await hasher.hash(password);
      await changeWithAudit(
        'app/auth/set-password',
        { username, passwordHash, mustChange: false },
        actor,
        'user.password_change',
        username,
      );
    },
    async resetPassword(username, actor) {
      const password = oneTimePassword();
      const passwordHash = await hasher.hash(password);
      await changeWithAudit(
        'app/auth/set-password',
        { username, passwordHash, mustChange: true },
        actor,
        'user.password_reset',
        username,
      );
      return { oneTimePassword: password };
    },
    async setDisabled(username, disabled, actor) {
      await changeWithAudit(
        'app/auth/set-user-disabled',
        { username, disabled },
        actor,
        disabled ? 'user.disable' : 'user.enable',
        username,
      );
    },
    async rehash(username, password) {
      const passwordHash = await hasher.hash(password);
      await database.writeTx((tx) => tx.run(cypher('app/auth/rehash-password'), { username, passwordHash }));
    },
  };
}

/** The user directory with the deployment's pepper (RINGSIDE_PEPPER, or the key file in the data folder). */
export function userDirectoryFor(
  database: Database,
  config: { pepper?: string; dataDir: string },
): UserDirectory {
  return createUserDirectory(database, createPasswordHasher(loadPepper(config.pepper, config.dataDir)));
}
