// `npm run users -- add <username> --role <role> [--agency NAME] [--circles HR,DL]`: creates a user (or
// resets an existing user's password, role, agency and scope) in the Neo4j that NEO4J_URI names (the
// local one when unset). The password comes from RINGSIDE_PASSWORD when set (for scripts), otherwise it
// is asked for twice, unechoed. Without --circles the user's scope is national.
import { parseArgs } from 'node:util';
import { userInfo } from 'node:os';
import { ROLES, isRole } from '../server/auth/roles.ts';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN, userDirectoryFor } from '../server/auth/users.ts';
import { readConfig } from '../server/config.ts';
import { openCommandLineDatabase } from '../server/db/command-line-database.ts';
import { applySchema } from '../server/db/schema.ts';
import { CIRCLES } from '../server/ingest/identifiers.ts';
import { readHiddenLine } from './read-hidden-line.ts';

const usage = `usage: npm run users -- add <username> --role <${ROLES.join('|')}> [--agency NAME] [--circles HR,DL]`;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, agency: { type: 'string' }, circles: { type: 'string' } },
});
const [command, username] = positionals;
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
if (command !== 'add' || !username || positionals.length !== 2) fail(usage);
if (!USERNAME_PATTERN.test(username!))
  fail('a username is 2-64 lower-case letters, digits, dots, dashes or underscores');
if (!isRole(values.role)) fail(`--role must be one of ${ROLES.join(', ')}\n${usage}`);
const circles = values.circles?.split(',').map((circle) => circle.trim().toUpperCase()) ?? [];
const unknown = circles.filter((circle) => !(CIRCLES as readonly string[]).includes(circle));
if (unknown.length > 0) fail(`unknown circle ${unknown.join(', ')}; circles are ${CIRCLES.join(' ')}`);

const password = process.env.RINGSIDE_PASSWORD ?? (await askPasswordTwice());
if (password.length < MIN_PASSWORD_LENGTH) fail(`a password has at least ${MIN_PASSWORD_LENGTH} characters`);

const config = readConfig();
const { database, close } = await openCommandLineDatabase(config);
try {
  await applySchema(database);
  const { created } = await userDirectoryFor(database, config).save(
    {
      username: username!,
      password,
      role: values.role as (typeof ROLES)[number],
      agency: values.agency,
      scope: circles.length > 0 ? circles : 'national',
    },
    { username: `cli:${userInfo().username}`, role: 'cli' },
  );
  const scope = circles.length > 0 ? circles.join(',') : 'national';
  console.log(
    `${created ? 'created' : 'updated'} user ${username} (${values.role}${values.agency ? `, ${values.agency}` : ''}, scope ${scope})`,
  );
} finally {
  await close();
}

async function askPasswordTwice(): Promise<string> {
  const first = await readHiddenLine('password: ');
  const second = await readHiddenLine('again: ');
  if (first !== second) fail('the passwords differ; nothing was changed');
  return first;
}
