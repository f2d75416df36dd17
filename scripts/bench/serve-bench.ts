// `npm run bench -- serve --processes 1,2`: logged-in clients with mixed reads (search, node details,
// expand) through nginx (Debian's package, on loopback) to one app process, then to two on the same
// Neo4j, in one run: throughput and latency for each. Every part shares the machine's cores (Neo4j, the
// app processes, nginx and the load generator), which bounds what a second process can add.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { cypher } from '../../server/db/cypher-files.ts';
import { findFreePort } from '../../server/db/local-neo4j.ts';
import { startAppProcess, type AppProcess } from './app-process.ts';
import { startBenchDatabase, type BenchDatabaseOptions } from './bench-database.ts';
import { benchSession } from './bench-session.ts';
import { asTyped, getJson, measure, type Latencies, type SampleNode } from './load-clients.ts';
import { machineDescription, resultHeader, writeBenchResult } from './report.ts';

export interface ServeBenchOptions extends BenchDatabaseOptions {
  processes: number[];
  clients: number;
  requestsPerClient: number;
}

interface ServeRun {
  processes: number;
  seconds: number;
  requestsPerSecond: number;
  latenciesMs: Latencies;
}

const log = (line: string) => console.log(`[bench] ${line}`);
const NGINX = '/usr/sbin/nginx';

export async function runServeBench(options: ServeBenchOptions): Promise<void> {
  if (spawnSync(NGINX, ['-v']).status !== 0) {
    throw new Error(`${NGINX} is not installed: apt-get install nginx-light (Debian's package)`);
  }
  // The explore bench's database, copied from the detection bench's where that exists (same data).
  const { uri, database, stop } = await startBenchDatabase('explore', options, 'detection');
  const runs: ServeRun[] = [];
  try {
    const samples = await database.readTx(async (tx) => {
      const result = await tx.run(cypher('bench/explore/sample-nodes'), { each: neo4j.int(100) });
      return result.records.map((record) => record.toObject() as SampleNode);
    });
    for (const count of options.processes) {
      const apps: AppProcess[] = [];
      let proxy: Proxy | undefined;
      try {
        for (let i = 0; i < count; i++) apps.push(await startAppProcess(uri));
        proxy = await startNginx(apps.map((app) => app.baseUrl));
        const cookie = await benchSession(database, proxy.baseUrl, 'investigator');
        const mixed = mixedReads(proxy.baseUrl, cookie);
        // One pass over every sample first: the JIT of every process, the page cache for these nodes.
        await measure(samples, 10, Math.ceil(samples.length / 10), mixed);
        const started = performance.now();
        const latenciesMs = await measure(samples, options.clients, options.requestsPerClient, mixed);
        const seconds = (performance.now() - started) / 1000;
        const run = {
          processes: count,
          seconds: Number(seconds.toFixed(1)),
          requestsPerSecond: Number((latenciesMs.requests / seconds).toFixed(1)),
          latenciesMs,
        };
        runs.push(run);
        log(
          `  ${count} process(es): ${run.requestsPerSecond} requests/s, p50 ${latenciesMs.p50} ms, p95 ${latenciesMs.p95} ms`,
        );
      } finally {
        await proxy?.stop();
        for (const app of apps) await app.stop();
      }
    }
    const machine = machineDescription();
    const result = { ...resultHeader('serve', options), clients: options.clients, runs };
    const written = writeBenchResult(`serve-${options.scale}`, result, {
      title: `Serve benchmark, ${options.scale} scale (seed ${options.seed}): ${options.clients} clients through nginx`,
      columns: ['app processes', 'requests/s', 'p50', 'p95', 'p99', 'requests'],
      rows: runs.map((run) => [
        run.processes,
        run.requestsPerSecond,
        `${run.latenciesMs.p50} ms`,
        `${run.latenciesMs.p95} ms`,
        `${run.latenciesMs.p99} ms`,
        run.latenciesMs.requests,
      ]),
      notes: [
        `Mixed reads in turn: search, node details, expand (limit 100), over ${samples.length} sampled nodes.`,
        `${machine.cpus} cores shared by Neo4j, the app processes, nginx (one worker) and the load generator.`,
      ],
    });
    log(`wrote ${written.join(' and ')}`);
  } finally {
    await stop();
  }
}

/** Search, node details and expand in turn, as an investigator's session mixes them. */
function mixedReads(baseUrl: string, cookie: string) {
  let turn = 0;
  return (node: SampleNode): Promise<unknown> => {
    switch (turn++ % 3) {
      case 0:
        return getJson(cookie, `${baseUrl}/api/search?q=${encodeURIComponent(asTyped(node))}`);
      case 1:
        return getJson(cookie, `${baseUrl}/api/nodes/${node.label}/${node.key}`);
      default:
        return getJson(cookie, `${baseUrl}/api/graph/expand`, {
          nodes: [{ label: node.label, key: node.key }],
          limit: 100,
        });
    }
  };
}

interface Proxy {
  baseUrl: string;
  stop(): Promise<void>;
}

/** nginx on a loopback port, spreading requests over `upstreams` with kept-alive connections. */
async function startNginx(upstreams: string[]): Promise<Proxy> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'ringside-nginx-'));
  const port = await findFreePort();
  const servers = upstreams.map((url) => `    server ${new URL(url).host};`).join('\n');
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream ringside {
${servers}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://ringside;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
    }
  }
}
`,
  );
  const nginx: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', 'nginx.conf', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const health = await fetch(`${baseUrl}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (tries > 100 || nginx.exitCode !== null) throw new Error('nginx did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    stop: async () => {
      if (nginx.exitCode === null) {
        nginx.kill('SIGQUIT');
        await once(nginx, 'exit');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
