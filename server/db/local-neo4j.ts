// Starts Neo4j Community from the project's own Maven module (scripts/neo4j-local) where there is no Docker.
// The first use builds the module (dependencies cached in ~/.m2); later uses only start the JVM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';

const moduleDir = path.join(projectRoot, 'scripts/neo4j-local');
const classesDir = path.join(moduleDir, 'target/classes');
/** The launcher's dependencies: Neo4j itself, and with it the offline importer (`neo4j-admin`). */
export const launcherLibDir = path.join(moduleDir, 'target/lib');
const libDir = launcherLibDir;
const READY_LINE = /^neo4j ready (bolt:\/\/\S+)$/m;

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  heap?: string;
  pageCache?: string;
  /** Longest a transaction may run (the launcher's default is 120 s). */
  txTimeoutSeconds?: number;
  /** The only folder LOAD CSV may read (the import benchmark's comparison); without it, no local files. */
  importDir?: string;
  /** Where the database's own output goes (the launcher's lines and JVM warnings). */
  onOutput?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  /** SIGTERM and wait for a clean shutdown (SIGKILL after the grace period). */
  stop(graceMs?: number): Promise<void>;
}

/** The launcher options that the configuration names (`npm start` and `npm run db` share them). */
export function localNeo4jOptions(
  local: { dataDir: string; port: number; heap: string; pageCache: string },
  onOutput: (line: string) => void,
): LocalNeo4jOptions {
  return {
    dataDir: path.resolve(projectRoot, local.dataDir),
    port: local.port,
    heap: local.heap,
    pageCache: local.pageCache,
    onOutput,
  };
}

/** Builds the launcher with Maven unless a build newer than its sources is already there. */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  if (isBuildFresh()) return;
  log('building the local Neo4j launcher with Maven (first run downloads Neo4j into ~/.m2)...');
  const result = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], {
    cwd: moduleDir,
    stdio: 'inherit',
  });
  if (result.error) throw new Error(`could not run Maven (is it installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`the Maven build of ${moduleDir} failed (exit ${result.status})`);
}

function isBuildFresh(): boolean {
  const marker = path.join(classesDir, 'org/ringside/neo4jlocal/Neo4jLocal.class');
  if (!existsSync(marker) || !existsSync(libDir) || readdirSync(libDir).length === 0) return false;
  const built = statSync(marker).mtimeMs;
  const sources = [path.join(moduleDir, 'pom.xml'), ...listFiles(path.join(moduleDir, 'src'))];
  return sources.every((file) => statSync(file).mtimeMs <= built);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Starts the database and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureLauncherBuilt(options.onOutput);
  mkdirSync(options.dataDir, { recursive: true });
  const heap = options.heap ?? '1g';
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    // Neo4j's page cache wants direct access to NIO buffers; without it it falls back to a slower path.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${classesDir}${path.delimiter}${path.join(libDir, '*')}`,
    'org.ringside.neo4jlocal.Neo4jLocal',
    '--data',
    options.dataDir,
    '--port',
    String(options.port),
    '--page-cache',
    options.pageCache ?? '512m',
    '--exit-on-stdin-eof',
    ...(options.txTimeoutSeconds ? ['--tx-timeout-seconds', String(options.txTimeoutSeconds)] : []),
    ...(options.importDir ? ['--import-dir', options.importDir] : []),
  ];
  // stdin stays a pipe we never write to: if this process dies, the pipe closes and the database stops.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const onOutput = options.onOutput ?? (() => {});
  const uri = await waitForReady(child, onOutput, options.startTimeoutMs ?? 120_000);
  return { uri, process: child, stop: (graceMs) => stopChild(child, graceMs ?? 30_000) };
}

function waitForReady(child: ChildProcess, onOutput: (line: string) => void, timeoutMs: number) {
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    const forward = (chunk: Buffer) => {
      const text = chunk.toString();
      for (const line of text.split('\n')) if (line.trim()) onOutput(line);
      seen += text;
      const ready = READY_LINE.exec(seen);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    child.once('error', (error) => reject(new Error(`could not start java: ${error.message}`)));
    child.once('exit', (code, signal) =>
      reject(new Error(`local Neo4j exited before it was ready (code ${code}, signal ${signal})`)),
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`local Neo4j was not ready within ${timeoutMs / 1000} s`));
    }, timeoutMs);
  });
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A TCP port that was free a moment ago (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
