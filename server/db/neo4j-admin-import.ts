// Neo4j's offline importer (`neo4j-admin database import full`), run from the launcher's own classpath:
// it builds a store offline, which then replaces the local database's (stopped and empty) store.
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureLauncherBuilt, launcherLibDir } from './local-neo4j.ts';

export interface ImporterInput {
  kind: 'nodes' | 'relationships';
  /** Label of the nodes, or type of the relationships. */
  name: string;
  file: string;
}

export interface AdminImportOptions {
  /** A Neo4j home of the import's own (NEO4J_HOME for the importer), next to the live one. */
  stagingHome: string;
  heap?: string;
  onOutput?: (line: string) => void;
  signal?: AbortSignal;
}

export class AdminImportError extends Error {}

/** The importer's arguments: what a user runs on their own server, and what Ringside runs here. */
export function adminImportArguments(inputs: ImporterInput[], reportFile: string): string[] {
  return [
    'database',
    'import',
    'full',
    // The database first: each --nodes and --relationships takes every file name that follows it.
    'neo4j',
    '--overwrite-destination=true',
    // The files come from a validated folder: one bad entry means a bug, and must stop the import.
    '--bad-tolerance=0',
    `--report-file=${reportFile}`,
    ...inputs.map((input) => `--${input.kind}=${input.name}=${input.file}`),
  ];
}

/**
 * Runs the importer to its end into a home of its own (`stagingHome`), never into the live store: a failed
 * or interrupted import leaves nothing behind but that folder, which is removed.
 */
export async function runAdminImport(inputs: ImporterInput[], options: AdminImportOptions): Promise<void> {
  ensureLauncherBuilt(options.onOutput);
  rmSync(options.stagingHome, { recursive: true, force: true });
  mkdirSync(options.stagingHome, { recursive: true });
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-cp',
    path.join(launcherLibDir, '*'),
    'org.neo4j.cli.AdminTool',
    ...adminImportArguments(inputs, path.join(options.stagingHome, 'import.report')),
  ];
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_HOME: options.stagingHome },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lastLines: string[] = [];
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lastLines.push(line);
      if (lastLines.length > 50) lastLines.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  const onAbort = () => child.kill('SIGTERM');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', (error) => reject(new AdminImportError(`could not run java: ${error.message}`)));
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      const reason = options.signal?.aborted
        ? 'interrupted'
        : (lastLines.findLast((line) => /error|exception|failed/i.test(line)) ?? `exit code ${code}`);
      throw new AdminImportError(`neo4j-admin database import failed: ${reason.trim()}`);
    }
  } catch (error) {
    rmSync(options.stagingHome, { recursive: true, force: true });
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** The database's store and transaction log folders under a Neo4j home (the defaults of both tools). */
const STORE_DIRS = ['data/databases/neo4j', 'data/transactions/neo4j'];

/**
 * Puts the imported store in place of the live one (stopped, and empty: the caller checked). The folders
 * are renamed, not copied: on one file system this takes no time whatever the size.
 */
export function swapInImportedStore(stagingHome: string, home: string): void {
  for (const dir of STORE_DIRS) {
    const live = path.join(home, dir);
    rmSync(live, { recursive: true, force: true });
    mkdirSync(path.dirname(live), { recursive: true });
    renameSync(path.join(stagingHome, dir), live);
  }
  rmSync(stagingHome, { recursive: true, force: true });
}
