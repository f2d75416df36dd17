// Drives `npm start`'s entry point as a user would: its own local Neo4j, health, the page, and a Neo4j crash.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localConnection } from '../../server/config.ts';
import { openDatabase } from '../../server/db/database.ts';
import { findFreePort } from '../../server/db/local-neo4j.ts';
import { clientFor, logIn } from './helpers.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function javaPidsUsing(dataDir: string): number[] {
  const result = spawnSync('pgrep', ['-f', `Neo4jLocal --data ${dataDir}`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).map(Number);
}

describe('npm start (server/main.ts) with its own local Neo4j', () => {
  let dataRoot: string;
  let server: ChildProcess;
  let baseUrl: string;
  let output = '';
  let neo4jPort: number;

  /** Polls /api/health until it answers with `status`, and returns that answer's body. */
  const waitForHealth = (status: number, timeoutMs: number) =>
    waitFor(
      async () => {
        const response = await fetch(`${baseUrl}/api/health`);
        return response.status === status ? response.json() : undefined;
      },
      timeoutMs,
      `/api/health to answer ${status}`,
    );

  beforeAll(async () => {
    dataRoot = mkdtempSync(path.join(tmpdir(), 'ringside-start-'));
    const port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    neo4jPort = await findFreePort();
    // `npm start` itself, so that the signal test below signals the PID a process manager would.
    server = spawn('npm', ['start', '--silent'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(port),
        RINGSIDE_DATA_DIR: dataRoot,
        NEO4J_LOCAL_PORT: String(neo4jPort),
        NEO4J_LOCAL_HEAP: '512m',
        NEO4J_LOCAL_PAGECACHE: '128m',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    await waitFor(
      async () => (output.includes('Ringside is running at') ? true : undefined),
      150_000,
      'start',
    );
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('prints the URL, reports the database connected and serves the page at /', async () => {
    expect(output).toContain(`Ringside is running at ${baseUrl}/`);
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).neo4j.connected).toBe(true);

    const page = await fetch(`${baseUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
  });

  it('imports the demo data into its empty database', async () => {
    expect(output).toMatch(/empty database: importing demo data \(small scale, seed 7/);
    expect(output).toMatch(/demo data imported in [\d.]+ s/);
    const database = openDatabase(localConnection(`bolt://127.0.0.1:${neo4jPort}`));
    try {
      const result = await database.readTx((tx) =>
        tx.run(
          'MATCH (h:Handset)<-[:USED_IN]-(s:SIM) RETURN count(DISTINCT h) AS handsets, count(DISTINCT s) AS sims',
        ),
      );
      expect(result.records[0]?.get('handsets')).toBeGreaterThan(200);
      expect(result.records[0]?.get('sims')).toBeGreaterThan(14_200);
    } finally {
      await database.close();
    }
  });

  it('creates one demo user per role, with the generated password it prints', async () => {
    const password = /demo users investigator, analyst, dot, admin, password: (\S+)/.exec(output)?.[1];
    expect(password).toBeDefined();
    for (const role of ['investigator', 'analyst', 'dot', 'admin']) {
      const cookie = await logIn(baseUrl, role, password);
      const me = await clientFor(baseUrl, cookie).get('/api/auth/me');
      expect(me.body.user.role).toBe(role);
    }
    const suspects = await clientFor(baseUrl, await logIn(baseUrl, 'investigator', password)).get(
      '/api/suspects/handsets?limit=5',
    );
    expect(suspects.body.handsets).toHaveLength(5);
  });

  it('answers 503 while Neo4j is down, keeps running, and recovers by itself', async () => {
    const [neo4jPid] = javaPidsUsing(path.join(dataRoot, 'neo4j'));
    expect(neo4jPid).toBeGreaterThan(0);
    process.kill(neo4jPid!, 'SIGKILL');

    const outage = await waitForHealth(503, 20_000);
    expect(outage.error.code).toBe('DB_UNAVAILABLE');
    expect(server.exitCode).toBeNull();

    const recovered = await waitForHealth(200, 90_000);
    expect(recovered.neo4j.connected).toBe(true);
  });

  it('stops the server and its Neo4j when the PID that npm start returned gets SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor(
      async () => (javaPidsUsing(path.join(dataRoot, 'neo4j')).length === 0 ? true : undefined),
      30_000,
      'Neo4j to stop',
    );
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
  });
});

describe('npm start with NEO4J_URI (an external database)', () => {
  it('creates no demo users there, even with RINGSIDE_DEMO=1', async () => {
    const database = openDatabase(localConnection(inject('neo4jUri')));
    const demoUsers = async () =>
      (
        await database.readTx((tx) =>
          tx.run("MATCH (u:User) WHERE u.agency STARTS WITH 'Demo ' RETURN count(u) AS n"),
        )
      ).records[0]!.get('n') as number;
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), RINGSIDE_DEMO: '1', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout?.on('data', (chunk) => (output += chunk));
    try {
      await waitFor(
        async () => (output.includes('Ringside is running at') ? true : undefined),
        120_000,
        'start',
      );
      expect(output).not.toContain('demo users');
      expect(await demoUsers()).toBe(0);
    } finally {
      server.kill('SIGTERM');
      await database.close();
    }
  });
});
