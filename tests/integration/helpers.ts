// Shared by integration tests: a database handle on the test Neo4j, an app listening on a free port, and
// the small seed loaded as after an import.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { pino } from 'pino';
import { createApp, type AppDependencies } from '../../server/app.ts';
import { createSessionStore } from '../../server/auth/sessions.ts';
import { startBackgroundWorker, type WorkerOptions } from '../../server/background/worker.ts';
import { ROLES, type Role } from '../../server/auth/roles.ts';
import { createPasswordHasher } from '../../server/auth/passwords.ts';
import { createUserDirectory, type UserDirectory } from '../../server/auth/users.ts';
import { localConnection } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { findFreePort } from '../../server/db/local-neo4j.ts';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import type { PlantedRing } from '../../seed/farms.ts';
import { generateSeed } from '../../seed/generate.ts';
import type { PlantedDecoys } from '../../seed/subscribers.ts';

export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * A project script (`scripts/NAME.ts`) as `npm run NAME` runs it, without blocking this process: an app
 * served by the test keeps answering meanwhile (a blocked event loop let its idle connections expire
 * under the client's feet).
 */
export function runScript(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${name}.ts`, ...args],
      { cwd: path.resolve(import.meta.dirname, '../..'), env, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, and waits for it to exit (nothing when it has exited already). */
  stop(): Promise<void>;
}

/**
 * The real server (`server/main.ts`, as `npm start` runs it) as a child process on the test Neo4j and a
 * free port, with the test pepper and no demo data unless `env` says otherwise; resolves once it serves.
 */
export async function startServerProcess(
  instance: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      RINGSIDE_DEMO: '0',
      PORT: String(port),
      RINGSIDE_PEPPER: TEST_PEPPER,
      RINGSIDE_INSTANCE_ID: instance,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Ringside is running at')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`${instance} did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Rows as plain objects from a read transaction: what a test checks the API's answers against. */
export const rowsReader =
  (database: Database) =>
  async (statement: string, params: Record<string, unknown> = {}) =>
    database.readTx(async (tx) =>
      (await tx.run(statement, params)).records.map((record) => record.toObject()),
    );

export function openTestDatabase(): Database {
  return openDatabase(localConnection(inject('neo4jUri')));
}

/** One round of the background worker as the process `instanceId` would run it (then it stops). */
export async function runBackgroundRound(
  database: Database,
  instanceId: string,
  options: Pick<WorkerOptions, 'inbox'> = {},
): Promise<void> {
  const worker = startBackgroundWorker({
    database,
    sessions: createSessionStore(database, { idleMinutes: 30, maxHours: 12 }),
    instanceId,
    logger: pino({ level: 'silent' }),
    intervalMs: 3_600_000,
    ...options,
  });
  await worker.runOnce();
  await worker.stop();
}

/** The password of the test users, one per role and named after it (`investigator`, `dot`, ...). */
export const TEST_PASSWORD = 'test-password-for-every-role';

/** The pepper of the test apps (and of `npm run users` in tests, through RINGSIDE_PEPPER). */
export const TEST_PEPPER = 'test-pepper-for-ringside-integration-tests';

export const testUsers = (database: Database): UserDirectory =>
  createUserDirectory(database, createPasswordHasher(Buffer.from(TEST_PEPPER)));

/** Creates (or resets) the test users. */
export async function saveTestUsers(database: Database): Promise<void> {
  for (const role of ROLES) {
    await testUsers(database).save(
      { username: role, password: TEST_PASSWORD, role, agency: `Test ${role}` },
      {
        username: 'test-setup',
        role: 'system',
      },
    );
  }
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text for other content types. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each test knows the shape it asserts
}

/** Requests to the app as one logged-in user (or nobody, for `anonymous`). */
export interface ApiClient {
  get(path: string): Promise<ApiResponse>;
  post(path: string, body?: unknown): Promise<ApiResponse>;
  patch(path: string, body?: unknown): Promise<ApiResponse>;
  delete(path: string): Promise<ApiResponse>;
}

export interface RunningApp {
  baseUrl: string;
  /** A client logged in with that role's test user (saveTestUsers), or without a session. */
  as(role: Role | 'anonymous'): Promise<ApiClient>;
  close(): Promise<void>;
}

/** A client as the app's own page is one: its requests carry the app's origin, as browsers send it. */
export function clientFor(baseUrl: string, cookie?: string, headers: Record<string, string> = {}): ApiClient {
  const send = async (path: string, init: RequestInit = {}): Promise<ApiResponse> => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        origin: baseUrl,
        ...headers,
        ...(init.headers as Record<string, string>),
        ...(cookie ? { cookie } : {}),
      },
    });
    const isJson = response.headers.get('content-type')?.includes('application/json');
    return {
      status: response.status,
      headers: response.headers,
      body: isJson ? await response.json() : await response.text(),
    };
  };
  const withBody = (method: string) => (path: string, body?: unknown) =>
    send(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
  return {
    get: (path) => send(path),
    post: withBody('POST'),
    patch: withBody('PATCH'),
    // State-changing requests say they send JSON (the cross-site check), even without a body.
    delete: (path) => send(path, { method: 'DELETE', headers: { 'content-type': 'application/json' } }),
  };
}

/** Logs in and returns the session cookie (`name=value`). */
export async function logIn(baseUrl: string, username: string, password = TEST_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200)
    throw new Error(`login as ${username}: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response.headers)!;
}

/** The session cookie (`name=value`) a response sets, among the others (the bookmarks). */
export const sessionCookieOf = (headers: Headers): string | undefined =>
  headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('ringside_session='))
    ?.split(';')[0];

/** The app on a free port, with the test users saved in its database (unless `withUsers` is false). */
export async function serveApp(
  database: Database,
  { withUsers = true, ...options }: Omit<AppDependencies, 'database'> & { withUsers?: boolean } = {},
): Promise<RunningApp> {
  if (withUsers) await saveTestUsers(database);
  const app = createApp({ database, users: testUsers(database), ...options });
  const clients = new Map<string, Promise<ApiClient>>();
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const baseUrl = `http://127.0.0.1:${port}`;
      resolve({
        baseUrl,
        as: (role) => {
          if (role === 'anonymous') return Promise.resolve(clientFor(baseUrl));
          if (!clients.has(role))
            clients.set(
              role,
              logIn(baseUrl, role).then((cookie) => clientFor(baseUrl, cookie)),
            );
          return clients.get(role)!;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export interface GroundTruth {
  rings: PlantedRing[];
  rogueDealers: string[];
  decoys: PlantedDecoys;
}

export interface LoadedSeed {
  /** The generated files, ground-truth.json among them. */
  dir: string;
  truth: GroundTruth;
  /** Removes the generated files. */
  remove(): void;
}

/** Replaces the test database's content with the small seed (seed 7), imported and analysed as `npm run import` leaves it. */
export async function loadSmallSeed(database: Database): Promise<LoadedSeed> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ringside-small-seed-'));
  await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await generateSeed({ scale: 'small', seed: 7, outDir: dir });
  const imported = await importFolder(database, dir);
  if (!imported.ok) throw new Error(`the small seed did not import: ${JSON.stringify(imported.errors[0])}`);
  await recomputeAnalysis(database);
  return {
    dir,
    truth: JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface SeededApp extends LoadedSeed {
  app: RunningApp;
  /** Stops the app, closes the database handle and removes the seed files. */
  close(): Promise<void>;
}

/** The small seed loaded (see loadSmallSeed) and the app serving it. */
export async function serveSmallSeed(database: Database): Promise<SeededApp> {
  const seed = await loadSmallSeed(database);
  const app = await serveApp(database);
  return {
    ...seed,
    app,
    close: async () => {
      await app.close();
      await database.close();
      seed.remove();
    },
  };
}
