// A logged-in session for a benchmark's requests: a bench user of the role (its password new each run),
// saved in the benchmark's database and logged in through the API like anyone else.
import { randomBytes } from 'node:crypto';
import type { Role } from '../../server/auth/roles.ts';
import { createPasswordHasher } from '../../server/auth/passwords.ts';
import { createUserDirectory } from '../../server/auth/users.ts';
import type { Database } from '../../server/db/database.ts';

/** The pepper of the benchmark's app process (benchmark data only, never a deployment's). */
export const BENCH_PEPPER = 'ringside-benchmark-pepper-not-for-deployments';

/** The `cookie` header value for requests as that role (national, or scoped to some circles). */
export async function benchSession(
  database: Database,
  baseUrl: string,
  role: Role,
  scope?: string[],
): Promise<string> {
  const username = scope ? `bench-${role}-${scope.join('-').toLowerCase()}` : `bench-${role}`;
  const password = randomBytes(18).toString('base64url');
  await createUserDirectory(database, createPasswordHasher(Buffer.from(BENCH_PEPPER))).save(
    { username, password, role, agency: 'Benchmark', ...(scope && { scope }) },
    { username: 'bench', role: 'cli' },
  );
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`bench login as ${role}: ${response.status} ${await response.text()}`);
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('ringside_session='));
  return session!.split(';')[0]!;
}
