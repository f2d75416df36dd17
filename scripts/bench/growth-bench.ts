// `npm run bench -- growth --scale S --background 1,2,4`: the same fraud inside a country 1, 2 and 4 times
// larger (`seed --background K`), each in a fresh Neo4j: first load (the bulk importer, with Neo4j's
// start), full recompute, the next day's feed imported and rescored, search, node details and expand p95
// from concurrent clients, and the store's size on disk. Issue #20's goals from K = 1 to K = 4: delta
// rescoring ≤ 1.2×, the three p95 ≤ 1.2×, full recompute ≤ 2×, first load ≤ 4.4× (linear).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { analyseDelta } from '../../server/analysis/analyse-delta.ts';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { readDeltaScope } from '../../server/ingest/delta-scope.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { startAppProcess } from './app-process.ts';
import { startBenchDatabase, type BenchDatabaseOptions } from './bench-database.ts';
import { benchSession } from './bench-session.ts';
import { asTyped, getJson, measure, type SampleNode } from './load-clients.ts';
import { benchResultsDir, resultHeader, writeBenchResult } from './report.ts';
import { ensureDeltaData, seedName } from './seed-data.ts';

export interface GrowthBenchOptions extends BenchDatabaseOptions {
  backgrounds: number[];
  clients: number;
}

interface GrowthRun {
  background: number;
  nodes: number;
  firstLoadSeconds: number;
  recomputeSeconds: number;
  /** The next day's feed: its rows, its import, and the rescoring after it (the goal is on the latter). */
  deltaRows: number;
  deltaImportSeconds: number;
  deltaSeconds: number;
  p95Ms: { search: number; node: number; expand: number };
  storeMiB: number;
}

/** Each figure's goal at K = 4 against K = 1, as a factor. */
const GOALS = {
  deltaSeconds: 1.2,
  search: 1.2,
  node: 1.2,
  expand: 1.2,
  recomputeSeconds: 2,
  firstLoadSeconds: 4.4,
};

const log = (line: string) => console.log(`[bench] ${line}`);
const seconds = (since: number) => (Date.now() - since) / 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function runGrowthBench(options: GrowthBenchOptions): Promise<void> {
  const runs: GrowthRun[] = [];
  for (const background of options.backgrounds) {
    const world = { ...options, background, world: 'first-wave' as const };
    const deltaDir = ensureDeltaData(options.scale, options.seed, background);
    const dataDir = path.join(
      benchResultsDir,
      `neo4j-growth-${seedName(options.scale, options.seed, 'first-wave', background)}`,
    );
    rmSync(dataDir, { recursive: true, force: true }); // every run loads from scratch
    let started = Date.now();
    const { uri, database, stop } = await startBenchDatabase('growth', world);
    const firstLoadSeconds = seconds(started);
    try {
      const recompute = await recomputeAnalysis(database);
      started = Date.now();
      const imported = await importFolder(database, deltaDir);
      if (!imported.ok) throw new Error(`the feed did not import: ${JSON.stringify(imported.errors[0])}`);
      const deltaImportSeconds = seconds(started);
      started = Date.now();
      await analyseDelta(database, await readDeltaScope(deltaDir));
      const deltaSeconds = seconds(started);
      const [counts] = await database.readOnce(cypher('app/graph-counts'), 600_000);

      const app = await startAppProcess(uri);
      let p95Ms: GrowthRun['p95Ms'];
      try {
        const cookie = await benchSession(database, app.baseUrl, 'investigator');
        const samples = await database.readTx(async (tx) => {
          const result = await tx.run(cypher('bench/explore/sample-nodes'), { each: neo4j.int(100) });
          return result.records.map((record) => record.toObject() as SampleNode);
        });
        const requests = {
          search: (node: SampleNode) =>
            getJson(cookie, `${app.baseUrl}/api/search?q=${encodeURIComponent(asTyped(node))}`),
          node: (node: SampleNode) => getJson(cookie, `${app.baseUrl}/api/nodes/${node.label}/${node.key}`),
          expand: (node: SampleNode) =>
            getJson(cookie, `${app.baseUrl}/api/graph/expand`, {
              nodes: [{ label: node.label, key: node.key }],
              limit: 100,
            }),
        };
        const p95 = async (request: (node: SampleNode) => Promise<unknown>) => {
          await measure(samples, 10, Math.ceil(samples.length / 10), request); // warm
          return (await measure(samples, options.clients, 30, request)).p95;
        };
        p95Ms = {
          search: await p95(requests.search),
          node: await p95(requests.node),
          expand: await p95(requests.expand),
        };
      } finally {
        await app.stop();
      }
      await stop();
      const storeMiB = Math.round(Number(execFileSync('du', ['-sm', dataDir]).toString().split('\t')[0]));
      const run = {
        background,
        nodes: Number(counts?.nodes),
        firstLoadSeconds: Number(firstLoadSeconds.toFixed(1)),
        recomputeSeconds: Number(recompute.seconds.toFixed(1)),
        deltaRows: Object.values(imported.rowCounts).reduce((sum, rows) => sum + (rows ?? 0), 0),
        deltaImportSeconds: Number(deltaImportSeconds.toFixed(1)),
        deltaSeconds: Number(deltaSeconds.toFixed(1)),
        p95Ms,
        storeMiB,
      };
      runs.push(run);
      log(`K=${background}: ${JSON.stringify(run)}`);
    } catch (error) {
      await stop();
      throw error;
    }
  }
  // The order of the runs moves the figures (the first runs on a colder machine), so a K may be run more
  // than once, interleaved (--background 1,4,2,2,4,1): each K's figure is the median of its runs.
  const ks = [...new Set(runs.map((run) => run.background))].sort((a, b) => a - b);
  const first = ks[0]!;
  const last = ks.at(-1)!;
  const medianOf = (background: number, of: (run: GrowthRun) => number) =>
    median(runs.filter((run) => run.background === background).map(of));
  const factor = (of: (run: GrowthRun) => number) =>
    Number((medianOf(last, of) / medianOf(first, of)).toFixed(2));
  const factors = {
    firstLoadSeconds: factor((run) => run.firstLoadSeconds),
    recomputeSeconds: factor((run) => run.recomputeSeconds),
    deltaSeconds: factor((run) => run.deltaSeconds),
    search: factor((run) => run.p95Ms.search),
    node: factor((run) => run.p95Ms.node),
    expand: factor((run) => run.p95Ms.expand),
  };
  const result = {
    ...resultHeader('growth', options),
    clients: options.clients,
    runs,
    factors,
    goals: GOALS,
  };
  const verdict = (name: keyof typeof GOALS) =>
    `${factors[name]}× (goal ≤ ${GOALS[name]}×: ${factors[name] <= GOALS[name] ? 'met' : 'missed'})`;
  const written = writeBenchResult(`growth-${options.scale}`, result, {
    title: `Growth benchmark, ${options.scale} scale (seed ${options.seed}), background ${options.backgrounds.join(', ')}`,
    columns: [
      'K',
      'nodes',
      'first load',
      'full recompute',
      'delta rows',
      'delta imported',
      'delta rescored',
      'search p95',
      'node p95',
      'expand p95',
      'store',
    ],
    rows: runs.map((run) => [
      run.background,
      run.nodes,
      `${run.firstLoadSeconds} s`,
      `${run.recomputeSeconds} s`,
      run.deltaRows,
      `${run.deltaImportSeconds} s`,
      `${run.deltaSeconds} s`,
      `${run.p95Ms.search} ms`,
      `${run.p95Ms.node} ms`,
      `${run.p95Ms.expand} ms`,
      `${run.storeMiB} MiB`,
    ]),
    notes: [
      `From K = ${first} to K = ${last}${runs.length > ks.length ? ' (medians of the runs of each K)' : ''}: first load ${verdict('firstLoadSeconds')}, full recompute ${verdict('recomputeSeconds')}, delta rescoring ${verdict('deltaSeconds')}, search ${verdict('search')}, node details ${verdict('node')}, expand ${verdict('expand')}.`,
      `First load is the bulk importer with the benchmark Neo4j's start; the full recompute is the first after it (cold); p95 from ${options.clients} concurrent clients after a warm-up pass.`,
    ],
  });
  log(`wrote ${written.join(' and ')}`);
}
