// `npm run bench -- explore --scale S`: latency of search, node details and expand (limit 100) from
// concurrent clients against the running app (its own process, as `npm start` runs it), beside the bare
// Cypher floor for the same nodes, and the time of a full recompute of scores and rings.
import neo4j from 'neo4j-driver';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { RELATIONSHIP_TYPES } from '../../server/graph/node-ref.ts';
import { startAppProcess, type AppProcess } from './app-process.ts';
import { startBenchDatabase, type BenchDatabaseOptions } from './bench-database.ts';
import { benchSession } from './bench-session.ts';
import { asTyped, getJson, latencyTable, measure, type Latencies, type SampleNode } from './load-clients.ts';
import { resultHeader, writeBenchResult } from './report.ts';

export interface ExploreBenchOptions extends BenchDatabaseOptions {
  clients: number;
  requestsPerClient: number;
}

const log = (line: string) => console.log(`[bench] ${line}`);
const SAMPLES_PER_KIND = 100;

export async function runExploreBench(options: ExploreBenchOptions): Promise<void> {
  const { uri, database, stop } = await startBenchDatabase('explore', options);
  let app: AppProcess | undefined;
  try {
    log('recomputing scores and rings...');
    const recompute = await recomputeAnalysis(database);
    log(`  ${recompute.seconds.toFixed(1)} s`);

    app = await startAppProcess(uri);
    const baseUrl = app.baseUrl;
    const cookie = await benchSession(database, baseUrl, 'investigator');
    const samples = await database.readTx(async (tx) => {
      const result = await tx.run(cypher('bench/explore/sample-nodes'), {
        each: neo4j.int(SAMPLES_PER_KIND),
      });
      return result.records.map((record) => record.toObject() as SampleNode);
    });
    const requests: Record<string, (node: SampleNode) => Promise<unknown>> = {
      search: (node) => getJson(cookie, `${baseUrl}/api/search?q=${encodeURIComponent(asTyped(node))}`),
      node: (node) => getJson(cookie, `${baseUrl}/api/nodes/${node.label}/${node.key}`),
      expand: (node) =>
        getJson(cookie, `${baseUrl}/api/graph/expand`, {
          nodes: [{ label: node.label, key: node.key }],
          limit: 100,
        }),
      // Expand's parts: an API request that only reads its session, and expand's statement over Bolt.
      sessionOnly: () => getJson(cookie, `${baseUrl}/api/auth/me`),
      expandStatement: (node) =>
        database.readTx((tx) =>
          tx.run(cypher('app/graph/expand'), {
            refs: [{ label: node.label, key: node.key }],
            types: RELATIONSHIP_TYPES,
            limit: neo4j.int(100),
            offset: neo4j.int(0),
          }),
        ),
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
      ...latencyTable(latencies),
      notes: [
        `Samples: ${samples.length} nodes (suspect handsets, dealers, numbers), expand with limit 100.`,
        `bareNeighbours is \`MATCH (n)--(m) RETURN m LIMIT 100\` by element id over Bolt: the floor; expand p95 is ${ratio.toFixed(2)}× its p95.`,
        "sessionOnly is GET /api/auth/me (HTTP and the session read, nothing else); expandStatement is expand's own statement over Bolt, as the floor runs.",
        `Full recompute of scores and rings: ${recompute.seconds.toFixed(1)} s (${recompute.handsetsScored} handsets, ${recompute.dealersScored} dealers, ${recompute.rings} rings).`,
      ],
    });
    log(`wrote ${written.join(' and ')}`);
  } finally {
    await app?.stop();
    await stop();
  }
}
