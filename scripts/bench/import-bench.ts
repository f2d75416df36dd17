// `npm run bench -- import --scale S`: Ringside's validated importer against Neo4j's own LOAD CSV, each on a
// fresh local Neo4j with the same schema, on the same seed files.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { localConnection } from '../../server/config.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { findFreePort, startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { bulkLoadLocal } from '../../server/ingest/bulk-load.ts';
import { importFolder, type ImportProgress } from '../../server/ingest/import-folder.ts';
import { IMPORT_ORDER } from '../../server/ingest/validate-folder.ts';
import type { ScaleName } from '../../seed/scales.ts';
import { benchResultsDir, resultHeader, writeBenchResult } from './report.ts';
import { ensureSeedData } from './seed-data.ts';

export interface ImportBenchOptions {
  scale: ScaleName;
  seed: number;
  /** Heap and page cache of each benchmark Neo4j; sized for a 2-core, 24 GiB machine by default. */
  heap: string;
  pageCache: string;
  /** Ringside's path: the bulk first load `npm run import` takes on an empty database, or transactions. */
  path: 'bulk' | 'transactional';
}

interface LoadFigures {
  seconds: number;
  rowsPerSecond: number;
  nodes: number;
  relationships: number;
}

const log = (line: string) => console.log(`[bench] ${line}`);

export async function runImportBench(options: ImportBenchOptions): Promise<void> {
  const dataDir = ensureSeedData(options.scale, options.seed);
  const ringside =
    options.path === 'bulk'
      ? await bulkFirstLoad(options, dataDir)
      : await transactionalLoad(options, dataDir);
  const rows = ringside.rows;
  log(`  ${ringside.seconds.toFixed(1)} s, ${ringside.rowsPerSecond.toLocaleString('en-IN')} rows/s`);

  const loadCsv = await withFreshNeo4j(options, dataDir, async (database) => {
    log('LOAD CSV ... CALL {...} IN TRANSACTIONS OF 10000 ROWS (no validation)...');
    const started = Date.now();
    for (const file of IMPORT_ORDER) {
      if (!existsSync(path.join(dataDir, file))) continue;
      const fileStarted = Date.now();
      const session = database.driver.session();
      try {
        // CALL {...} IN TRANSACTIONS commits by itself: it must run outside an explicit transaction.
        await session.run(cypher(`bench/load-csv/${file.replace('.csv', '')}`), { url: `file:///${file}` });
      } finally {
        await session.close();
      }
      log(`  ${file}: ${((Date.now() - fileStarted) / 1000).toFixed(1)} s`);
    }
    const seconds = (Date.now() - started) / 1000;
    const counts = await graphCounts(database);
    return figures(seconds, rows, counts.nodes, counts.relationships);
  });
  log(`  ${loadCsv.seconds.toFixed(1)} s, ${loadCsv.rowsPerSecond.toLocaleString('en-IN')} rows/s`);

  const speedup = loadCsv.seconds / ringside.seconds;
  const result = {
    ...resultHeader('import', options),
    rows,
    ringsidePath: ringside.path,
    ringside,
    loadCsv,
    ringsideSpeedupOverLoadCsv: Number(speedup.toFixed(2)),
  };
  const written = writeBenchResult(`import-${options.scale}`, result, {
    title: `Import benchmark, ${options.scale} scale (seed ${options.seed})`,
    columns: ['loader', 'wall time', 'rows/s', 'nodes', 'relationships', 'peak RSS of the importer'],
    rows: [
      [
        ringside.path === 'bulk'
          ? 'Ringside first load (validates every row, neo4j-admin import, schema)'
          : 'Ringside in transactions (validates every row, then batched UNWIND)',
        ringside.path === 'bulk'
          ? `${ringside.seconds.toFixed(1)} s (validation and files ${ringside.validateSeconds.toFixed(1)} s)`
          : `${ringside.seconds.toFixed(1)} s (validation ${ringside.validateSeconds.toFixed(1)} s)`,
        ringside.rowsPerSecond.toLocaleString('en-IN'),
        ringside.nodes.toLocaleString('en-IN'),
        ringside.relationships.toLocaleString('en-IN'),
        `${ringside.peakRssMiB} MiB`,
      ],
      [
        'LOAD CSV … IN TRANSACTIONS (no validation)',
        `${loadCsv.seconds.toFixed(1)} s`,
        loadCsv.rowsPerSecond.toLocaleString('en-IN'),
        loadCsv.nodes.toLocaleString('en-IN'),
        loadCsv.relationships.toLocaleString('en-IN'),
        'in Neo4j',
      ],
    ],
    notes: [
      `${rows.toLocaleString('en-IN')} CSV rows; Ringside is ${speedup.toFixed(2)}× the speed of LOAD CSV.`,
      `Each loader ran on a fresh local Neo4j (heap ${options.heap}, page cache ${options.pageCache}) with the same schema.`,
    ],
  });
  log(`wrote ${written.join(' and ')}`);
}

/** What `npm run import` does on an empty local database: validate and write files, build the store, schema. */
async function bulkFirstLoad(options: ImportBenchOptions, seedDir: string) {
  log("Ringside first load (validate every row while writing the importer's files, neo4j-admin, schema)...");
  const dataDir = path.join(benchResultsDir, 'neo4j');
  rmSync(dataDir, { recursive: true, force: true });
  const local = { dataDir, port: await findFreePort(), heap: options.heap, pageCache: options.pageCache };
  const started = Date.now();
  const steps: Record<string, number> = {};
  const step = (name: string) => (steps[name] = Number(((Date.now() - started) / 1000).toFixed(1)));
  try {
    const result = await bulkLoadLocal(local, seedDir, {
      heap: options.heap,
      onProgress: progressLog(),
      onStep: (name) => log(`  ${name} (${step(name)} s)`),
    });
    if (!result.ok)
      throw new Error(`the seed data did not pass validation: ${JSON.stringify(result.errors[0])}`);
    const validateAndWriteSeconds = steps['validated and wrote the files for the importer'] ?? 0;
    const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
    const neo4j = await startLocalNeo4j(local);
    const database = openDatabase(localConnection(neo4j.uri));
    try {
      await applySchema(database);
      const seconds = (Date.now() - started) / 1000;
      const counts = await graphCounts(database);
      const rows = Object.values(result.rowCounts).reduce((sum, count) => sum + count, 0);
      return {
        path: 'bulk' as const,
        rows,
        ...figures(seconds, rows, counts.nodes, counts.relationships),
        validateSeconds: validateAndWriteSeconds,
        storeBuiltAtSeconds: steps['built the store and put it in place of the empty one'] ?? 0,
        peakRssMiB,
      };
    } finally {
      await database.close();
      await neo4j.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Ringside's transactional path (every delta takes it), into a fresh database. */
async function transactionalLoad(options: ImportBenchOptions, seedDir: string) {
  return withFreshNeo4j(options, undefined, async (database) => {
    log('Ringside importer in transactions (validate everything, then batched UNWIND)...');
    const started = Date.now();
    let validatedAt = 0;
    const showProgress = progressLog();
    const result = await importFolder(database, seedDir, {
      onProgress: (progress) => {
        if (progress.phase === 'load' && validatedAt === 0) validatedAt = Date.now();
        showProgress(progress);
      },
    });
    if (!result.ok)
      throw new Error(`the seed data did not pass validation: ${JSON.stringify(result.errors[0])}`);
    const seconds = (Date.now() - started) / 1000;
    const rows = Object.values(result.rowCounts).reduce((sum, count) => sum + count, 0);
    return {
      path: 'transactional' as const,
      rows,
      ...figures(seconds, rows, result.nodes, result.relationships),
      validateSeconds: (validatedAt - started) / 1000,
      // The benchmark process does nothing else heavy, so its peak is the importer's (Neo4j is another process).
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  });
}

/** A progress line every five seconds at most. */
function progressLog() {
  let lastShown = 0;
  return ({ phase, file, rows }: ImportProgress) => {
    if (Date.now() - lastShown < 5000) return;
    lastShown = Date.now();
    log(`  ${phase} ${file}: ${rows.toLocaleString('en-IN')} rows`);
  };
}

function figures(seconds: number, rows: number, nodes: number, relationships: number): LoadFigures {
  return {
    seconds: Number(seconds.toFixed(1)),
    rowsPerSecond: Math.round(rows / seconds),
    nodes,
    relationships,
  };
}

async function withFreshNeo4j<T>(
  options: ImportBenchOptions,
  importDir: string | undefined,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const dataDir = path.join(benchResultsDir, 'neo4j');
  rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({
    dataDir,
    port: await findFreePort(),
    heap: options.heap,
    pageCache: options.pageCache,
    importDir,
    txTimeoutSeconds: 7200, // LOAD CSV of a national file is one statement of several minutes
  });
  const database = openDatabase(localConnection(neo4j.uri));
  try {
    await applySchema(database);
    return await work(database);
  } finally {
    await database.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function graphCounts(database: Database): Promise<{ nodes: number; relationships: number }> {
  const [counts] = await database.readOnce(cypher('app/graph-counts'), 600_000);
  return { nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) };
}
