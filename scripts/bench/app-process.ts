// The app in its own process, as `npm start` runs it, against a benchmark's Neo4j: the load generator
// does not share its event loop, and its memory can be read from /proc.
import { BENCH_PEPPER } from './bench-session.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { projectRoot } from '../../server/project-root.ts';

export interface AppProcess {
  baseUrl: string;
  /** Forgets the peak memory so far, so the next peakRssMiB covers only what follows (Linux). */
  resetPeakRss(): void;
  peakRssMiB(): number;
  stop(): Promise<void>;
}

export async function startAppProcess(neo4jUri: string): Promise<AppProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      RINGSIDE_DEMO: '0',
      PORT: '0',
      RINGSIDE_PEPPER: BENCH_PEPPER,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await listeningUrl(server);
  return {
    baseUrl,
    resetPeakRss: () => writeFileSync(`/proc/${server.pid}/clear_refs`, '5'),
    peakRssMiB: () => {
      const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1];
      return Math.round(Number(kib) / 1024);
    },
    stop: async () => {
      if (server.exitCode !== null) return;
      server.kill('SIGTERM');
      await once(server, 'exit');
    },
  };
}

function listeningUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      // The log is JSON lines: the address ends at the first slash or quote after the host and port.
      const url = /running at (http:\/\/[^/\s"]+)/.exec(output)?.[1];
      if (url) resolve(url.replace('localhost', '127.0.0.1'));
    });
    server.once('exit', () => reject(new Error(`the app exited before listening:\n${output}`)));
  });
}
