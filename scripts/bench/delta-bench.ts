// `npm run bench -- delta --scale S`: a daily feed against a full recompute. The base is imported into a
// fresh Neo4j and analysed in full, then the next day's feed (`seed --delta`, about 1% of the base's rows)
// is imported and rescored incrementally, then a full recompute runs on the same data (the time every
// import took before incremental analysis; the one just after the base's import is cold) and its results
// are compared with the incremental ones. Goal (issue #14): the delta imported and rescored in at most
// 10% of the full recompute's time.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { analyseDelta } from '../../server/analysis/analyse-delta.ts';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import { readStoredResults, resultDifferences } from '../../server/analysis/stored-results.ts';
import { readDeltaScope } from '../../server/ingest/delta-scope.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { startBenchDatabase, type BenchDatabaseOptions } from './bench-database.ts';
import { benchResultsDir, resultHeader, writeBenchResult } from './report.ts';
import { ensureDeltaData } from './seed-data.ts';

const log = (line: string) => console.log(`[bench] ${line}`);
const GOAL_SHARE = 0.1;

export async function runDeltaBench(options: BenchDatabaseOptions): Promise<void> {
  const deltaDir = ensureDeltaData(options.scale, options.seed);
  // The feed changes the data: every run starts from a fresh base.
  rmSync(path.join(benchResultsDir, `neo4j-delta-${options.scale}-seed-${options.seed}`), {
    recursive: true,
    force: true,
  });
  let started = Date.now();
  const { database, stop } = await startBenchDatabase('delta', options);
  const baseSeconds = seconds(started);
  try {
    log(`base imported (with Neo4j's start) in ${baseSeconds.toFixed(1)} s; full recompute...`);
    const baseRecompute = await recomputeAnalysis(database);
    log(`  ${baseRecompute.seconds.toFixed(1)} s`);

    started = Date.now();
    const imported = await importFolder(database, deltaDir);
    if (!imported.ok) throw new Error(`the feed did not import: ${JSON.stringify(imported.errors[0])}`);
    const importSeconds = seconds(started);
    const rows = Object.values(imported.rowCounts).reduce((sum, count) => sum + count, 0);
    log(`feed of ${rows.toLocaleString('en-IN')} rows imported in ${importSeconds.toFixed(1)} s`);

    started = Date.now();
    const incremental = await analyseDelta(database, await readDeltaScope(deltaDir));
    const analysisSeconds = seconds(started);
    log(`  rescored in ${analysisSeconds.toFixed(1)} s; full recompute of the same data...`);
    const incrementalResults = await readStoredResults(database);
    const full = await recomputeAnalysis(database);
    const differences = resultDifferences(incrementalResults, await readStoredResults(database));
    log(`  ${full.seconds.toFixed(1)} s; results that differ: ${JSON.stringify(differences)}`);

    const share = (importSeconds + analysisSeconds) / full.seconds;
    const result = {
      ...resultHeader('delta', options),
      feedRows: rows,
      baseImportWithStartSeconds: baseSeconds,
      fullRecomputeAfterBaseImport: baseRecompute,
      fullRecompute: full,
      incrementalDifferingFromFull: differences,
      deltaImportSeconds: importSeconds,
      incrementalAnalysis: { ...incremental, seconds: analysisSeconds },
      deltaShareOfFullRecompute: Number(share.toFixed(3)),
      goalShare: GOAL_SHARE,
    };
    const written = writeBenchResult(`delta-${options.scale}`, result, {
      title: `Delta benchmark, ${options.scale} scale (seed ${options.seed}), the next day's feed`,
      columns: ['step', 'seconds', 'what'],
      rows: [
        ['base import', baseSeconds.toFixed(1), "with the benchmark Neo4j's start"],
        [
          'full recompute after it',
          baseRecompute.seconds.toFixed(1),
          'cold: the first reads after the import',
        ],
        ['delta import', importSeconds.toFixed(1), `${rows} rows`],
        [
          'incremental analysis',
          analysisSeconds.toFixed(1),
          `${incremental.handsetsRescored} handsets, ${incremental.dealersRescored} dealers, ${incremental.ringsReplaced} rings replaced by ${incremental.ringsStored}`,
        ],
        [
          'full recompute after the delta',
          full.seconds.toFixed(1),
          `${full.handsetsScored} handsets, ${full.dealersScored} dealers, ${full.rings} rings`,
        ],
      ],
      notes: [
        `Results of the incremental analysis that differ from the full recompute's: ${differences.handsets} handsets, ${differences.dealers} dealers, ${differences.rings} rings.`,
        `Delta imported and rescored in ${(100 * share).toFixed(1)}% of the full recompute's time (goal: at most ${100 * GOAL_SHARE}%): ${share <= GOAL_SHARE ? 'met' : 'missed'}.`,
      ],
    });
    log(`delta: ${(100 * share).toFixed(1)}% of the full recompute; written ${written.join(', ')}`);
  } finally {
    await stop();
  }
}

const seconds = (since: number) => (Date.now() - since) / 1000;
