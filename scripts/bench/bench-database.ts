// A benchmark's Neo4j, kept in bench-results/ between runs: started on a free port, schema applied, and
// the seed data of its scale bulk-loaded the first time.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { localConnection } from '../../server/config.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { findFreePort, startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { bulkLoadLocal } from '../../server/ingest/bulk-load.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import type { WorldKind } from '../../seed/context.ts';
import type { ScaleName } from '../../seed/scales.ts';
import { benchResultsDir } from './report.ts';
import { ensureSeedData, seedName } from './seed-data.ts';

export interface BenchDatabaseOptions {
  scale: ScaleName;
  seed: number;
  /** The first-wave world unless said. */
  world?: WorldKind;
  /** `seed --background K`: the same fraud among K times the ordinary subscribers (1 unless said). */
  background?: number;
  heap: string;
  pageCache: string;
}

export interface BenchDatabase {
  uri: string;
  database: Database;
  stop(): Promise<void>;
}

const log = (line: string) => console.log(`[bench] ${line}`);

const databaseDir = (purpose: string, options: BenchDatabaseOptions) =>
  path.join(
    benchResultsDir,
    `neo4j-${purpose}-${seedName(options.scale, options.seed, options.world, options.background)}`,
  );

/**
 * `purpose` names the copy: a benchmark that changes the data (approving blocks) keeps its own. A new
 * copy starts from `copyOf`'s database when that exists (stopped), which saves the import.
 */
export async function startBenchDatabase(
  purpose: string,
  options: BenchDatabaseOptions,
  copyOf?: string,
): Promise<BenchDatabase> {
  const dataDir = databaseDir(purpose, options);
  const source = copyOf && databaseDir(copyOf, options);
  if (!existsSync(dataDir) && source && existsSync(source)) {
    log(`copying ${path.basename(source)} to ${path.basename(dataDir)}...`);
    cpSync(source, dataDir, { recursive: true });
  }
  const settings = { dataDir, port: await findFreePort(), heap: options.heap, pageCache: options.pageCache };
  if (!existsSync(dataDir)) {
    // A new database is loaded as `npm run import` loads an empty one: with Neo4j's bulk importer.
    const seedDir = ensureSeedData(options.scale, options.seed, options.world, options.background);
    log(`bulk-loading ${seedDir} (once; the database is kept for later runs)...`);
    const loaded = await bulkLoadLocal(settings, seedDir, { heap: options.heap });
    if (!loaded.ok)
      throw new Error(`the seed data did not pass validation: ${JSON.stringify(loaded.errors[0])}`);
  }
  const local = await startLocalNeo4j({ ...settings, txTimeoutSeconds: 3600 });
  const database = openDatabase(localConnection(local.uri));
  const stop = async () => {
    await database.close();
    await local.stop();
  };
  try {
    await applySchema(database);
    await importIfEmpty(database, options);
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri: local.uri, database, stop };
}

async function importIfEmpty(database: Database, options: BenchDatabaseOptions): Promise<void> {
  const [row] = await database.readOnce(cypher('app/has-investigation-data'), 30_000);
  if (row?.hasData) return;
  const dataDir = ensureSeedData(options.scale, options.seed, options.world, options.background);
  log(`importing ${dataDir} (once; the database is kept for later runs)...`);
  const result = await importFolder(database, dataDir);
  if (!result.ok)
    throw new Error(`the seed data did not pass validation: ${JSON.stringify(result.errors[0])}`);
}
