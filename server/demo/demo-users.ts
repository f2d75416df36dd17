// Demo users for `npm start` on the local database with demo data: one per role, named after it, all with
// RINGSIDE_DEMO_PASSWORD or a password generated at start and printed. Never with an external Neo4j.
import { randomBytes } from 'node:crypto';
import { ROLES } from '../auth/roles.ts';
import type { UserDirectory } from '../auth/users.ts';

const AGENCIES = {
  investigator: 'Demo State Police, Cyber Crime Cell',
  analyst: 'Demo Intelligence Unit',
  dot: 'Demo Department of Telecommunications',
  admin: 'Ringside operators',
} as const;

export async function saveDemoUsers(
  users: UserDirectory,
  password: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  const chosen = password ?? randomBytes(9).toString('base64url');
  for (const role of ROLES) {
    await users.save(
      { username: role, password: chosen, role, agency: AGENCIES[role] },
      { username: 'demo-setup', role: 'system' },
    );
  }
  log(
    password
      ? `demo users ${ROLES.join(', ')} use the password in RINGSIDE_DEMO_PASSWORD`
      : `demo users ${ROLES.join(', ')}, password: ${chosen}  (set RINGSIDE_DEMO_PASSWORD to choose it)`,
  );
}
