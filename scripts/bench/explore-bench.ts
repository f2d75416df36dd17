// `npm run bench -- explore --scale S`: latency of search, node details and expand (limit 100) from
// concurrent clients against the running app (its own process, as `npm start` runs it), beside the bare Cypher floor for the same nodes, and the
// time of a full recompute of scores and rings. The database is kept in bench-results/ between runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import { localConnection } from '../../server/config.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { findFreePort, startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import type { ScaleName } from '../../seed/scales.ts';
import neo4j from 'neo4j-driver';
import { benchResultsDir, resultHeader, writeBenchResult } from './report.ts';
import { ensureSeedData } from './seed-data.ts';

export interface ExploreBenchOptions {
  scale: ScaleName;
  seed: number;
  heap: string;
  pageCache: string;
  clients: number;
  requestsPerClient: number;
}

interface SampleNode {
  label: string;
  key: string;
  elementId: string;
}

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

const log = (line: string) => console.log(`[bench] ${line}`);
const SAMPLES_PER_KIND = 100;

export async function runExploreBench(options: ExploreBenchOptions): Promise<void> {
  const neo4jDir = path.join(benchResultsDir, `neo4j-explore-${options.scale}-seed-${options.seed}`);
  const local = await startLocalNeo4j({
    dataDir: neo4jDir,
    port: await findFreePort(),
    heap: options.heap,
    pageCache: options.pageCache,
    txTimeoutSeconds: 3600,
  });
  const database = openDatabase(localConnection(local.uri));
  let server: ChildProcess | undefined;
  try {
    await applySchema(database);
    await importIfEmpty(database, options);
    log('recomputing scores and rings...');
    const recompute = await recomputeAnalysis(database);
    log(`  ${recompute.seconds.toFixed(1)} s`);

    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, NEO4J_URI: local.uri, RINGSIDE_DEMO: '0', PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const baseUrl = await serverUrl(server);
    const samples = await database.readTx(async (tx) => {
      const result = await tx.run(cypher('bench/explore/sample-nodes'), {
        each: neo4j.int(SAMPLES_PER_KIND),
      });
      return result.records.map((record) => record.toObject() as SampleNode);
    });
    const requests: Record<string, (node: SampleNode) => Promise<unknown>> = {
      search: (node) => getJson(`${baseUrl}/api/search?q=${encodeURIComponent(asTyped(node))}`),
      node: (node) => getJson(`${baseUrl}/api/nodes/${node.label}/${node.key}`),
      expand: (node) =>
        getJson(`${baseUrl}/api/graph/expand`, { nodes: [{ label: node.label, key: node.key }], limit: 100 }),
      bareNeighbours: (node) =>
        database.readTx((tx) =>
          tx.run(cypher('bench/explore/bare-neighbours'), { elementId: node.elementId }),
        ),
    };
    const latencies: Record<string, Latencies> = {};
    for (const [name, request] of Object.entries(requests)) {
      await measure(samples.slice(0, 20), 1, 20, request); // warm the JIT and the page cache first
      latencies[name] = await measure(samples, options.clients, options.requestsPerClient, request);
      log(
        `  ${name}: p50 ${latencies[name].p50} ms, p95 ${latencies[name].p95} ms, p99 ${latencies[name].p99} ms`,
      );
    }

    const ratio = latencies.expand!.p95 / latencies.bareNeighbours!.p95;
    const result = {
      ...resultHeader('explore', options),
      clients: options.clients,
      samples: samples.length,
      latenciesMs: latencies,
      expandP95OverBareP95: Number(ratio.toFixed(2)),
      recompute,
    };
    const written = writeBenchResult(`explore-${options.scale}`, result, {
      title: `Explore benchmark, ${options.scale} scale (seed ${options.seed}), ${options.clients} concurrent clients`,
      columns: ['request', 'p50', 'p95', 'p99', 'requests'],
      rows: Object.entries(latencies).map(([name, l]) => [
        name,
        `${l.p50} ms`,
        `${l.p95} ms`,
        `${l.p99} ms`,
        l.requests,
      ]),
      notes: [
        `Samples: ${samples.length} nodes (suspect handsets, dealers, numbers), expand with limit 100.`,
        `bareNeighbours is \`MATCH (n)--(m) RETURN m LIMIT 100\` by element id over Bolt: the floor; expand p95 is ${ratio.toFixed(2)}× its p95.`,
        `Full recompute of scores and rings: ${recompute.seconds.toFixed(1)} s (${recompute.handsetsScored} handsets, ${recompute.dealersScored} dealers, ${recompute.rings} rings).`,
      ],
    });
    log(`wrote ${written.join(' and ')}`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    await database.close();
    await local.stop();
  }
}

/** The app in its own process, as deployed, so the load generator does not share its event loop. */
function serverUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const url = /running at (http:\/\/\S+?)\/?$/m.exec(output)?.[1];
      if (url) resolve(url.replace('localhost', '127.0.0.1'));
    });
    server.once('exit', () => reject(new Error(`the server exited before listening:\n${output}`)));
  });
}

async function importIfEmpty(database: Database, options: ExploreBenchOptions): Promise<void> {
  const [row] = await database.readOnce(cypher('app/has-investigation-data'), 30_000);
  if (row?.hasData) return;
  const dataDir = ensureSeedData(options.scale, options.seed);
  log(`importing ${dataDir} (once; the database is kept for later runs)...`);
  const result = await importFolder(database, dataDir);
  if (!result.ok)
    throw new Error(`the seed data did not pass validation: ${JSON.stringify(result.errors[0])}`);
}

/** What an investigator would type for this node: numbers as printed, with +91 and a space. */
function asTyped(node: SampleNode): string {
  return node.label === 'SIM' ? `+91 ${node.key.slice(0, 5)} ${node.key.slice(5)}` : node.key;
}

async function getJson(url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** `clients` loops at once, each sending `perClient` requests over the samples; latency percentiles. */
async function measure(
  samples: SampleNode[],
  clients: number,
  perClient: number,
  request: (node: SampleNode) => Promise<unknown>,
): Promise<Latencies> {
  const timings: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i++) {
        const node = samples[(client * perClient + i) % samples.length]!;
        const started = performance.now();
        await request(node);
        timings.push(performance.now() - started);
      }
    }),
  );
  timings.sort((a, b) => a - b);
  const at = (quantile: number) =>
    Number(timings[Math.min(timings.length - 1, Math.floor(quantile * timings.length))]!.toFixed(1));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), requests: timings.length };
}
