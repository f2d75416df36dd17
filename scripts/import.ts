// `npm run import -- DIR`: validate and load a folder of contract CSV files into the configured Neo4j.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig, type Config } from '../server/config.ts';
import { openCommandLineDatabase, type CommandLineDatabase } from '../server/db/command-line-database.ts';
import { cypher } from '../server/db/cypher-files.ts';
import { applySchema } from '../server/db/schema.ts';
import { analyseAfterImport } from '../server/analysis/analyse-after-import.ts';
import { ImportInterruptedError, importFolder, type ImportProgress } from '../server/ingest/import-folder.ts';
import { checkFolder } from '../server/ingest/validate-folder.ts';
import {
  failedImportRecord,
  importRecordOf,
  recordImport,
  type ImportAttempt,
} from '../server/imports/import-history.ts';
import {
  bulkLoadLocal,
  databaseContents,
  localStoreExists,
  NotBlankError,
  writeBulkFiles,
} from '../server/ingest/bulk-load.ts';
import { adminImportArguments } from '../server/db/neo4j-admin-import.ts';
import { localNeo4jOptions } from '../server/db/local-neo4j.ts';
import type { ImportError } from '../server/ingest/validate-row.ts';

const usage = `usage: npm run import -- DIR [--mode auto|bulk|transactional] [--accept-changes]
       npm run import -- DIR --write-bulk-files OUT
(DIR is a folder of CSV files, see DATA-CONTRACT.md)`;
const { values: flags, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'accept-changes': { type: 'boolean', default: false },
        mode: { type: 'string', default: 'auto' },
        'write-bulk-files': { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
})();
const dir = positionals[0];
const mode = flags.mode;
if (!dir || positionals.length !== 1 || !['auto', 'bulk', 'transactional'].includes(mode)) {
  console.error(usage);
  process.exit(2);
}

const printError = (e: ImportError) =>
  console.error(
    e.line > 0 ? `${e.file}:${e.line} ${e.column} "${e.value}": ${e.reason}` : `${e.file}: ${e.reason}`,
  );

// The folder itself first, before a database is opened for nothing.
const folderErrors = checkFolder(path.resolve(dir));
if (folderErrors.length > 0) {
  console.error(`import rejected: ${folderErrors.length} error(s), nothing was written`);
  folderErrors.forEach(printError);
  process.exit(1);
}

const started = Date.now();
const stepStarted = new Map<string, number>();
let lastShown = 0;
const showProgress = ({ phase, file, rows, total }: ImportProgress) => {
  const step = `${phase} ${file}`;
  if (rows === 0) return void stepStarted.set(step, Date.now());
  // At most one line a second, plus each file's last line.
  const isLast = total === undefined || rows === total;
  if (!isLast && Date.now() - lastShown < 1000) return;
  lastShown = Date.now();
  const seconds = (Date.now() - stepStarted.get(step)!) / 1000;
  const rate = Math.round(rows / Math.max(seconds, 0.001));
  const left =
    total && rate > 0 && !isLast ? `, ${Math.ceil((total - rows) / rate)} s left in this file` : '';
  console.log(
    `${step}: ${rows.toLocaleString('en-IN')} rows (${rate.toLocaleString('en-IN')} rows/s${left})`,
  );
};

// Ctrl-C or a SIGTERM stops the load; what it wrote is rolled back (or never put in place) before exit.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the import; nothing of it will be kept`);
    interrupt.abort();
  });
}

const folder = path.resolve(dir);
/** This run in the import history (the admins' Imports page). */
const attempt: ImportAttempt = {
  id: randomUUID(),
  source: 'cli',
  folder,
  startedAt: new Date(),
  actor: `cli:${userInfo().username}`,
};
const config = readConfig();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function printRejection(result: { errors: ImportError[]; errorCount: number }): number {
  console.error(`import rejected: ${result.errorCount} error(s), nothing was written`);
  result.errors.forEach(printError);
  if (result.errorCount > result.errors.length)
    console.error(`... and ${result.errorCount - result.errors.length} more`);
  return 1;
}

/** The importer's files for a database elsewhere, and the command that loads them there. */
async function writeFilesOnly(outDir: string): Promise<number> {
  const result = await writeBulkFiles(folder, outDir, {
    onProgress: showProgress,
    signal: interrupt.signal,
  });
  if (!result.ok) return printRejection(result);
  console.log(`wrote the files for neo4j-admin into ${outDir} in ${elapsed()}:`);
  for (const file of result.files)
    console.log(`  ${path.basename(file.file)}: ${file.rows.toLocaleString('en-IN')} rows`);
  console.log('on the database server, with the database stopped (this replaces it):');
  console.log(
    `  neo4j-admin ${adminImportArguments(result.files, path.join(outDir, 'import.report')).join(' ')}`,
  );
  console.log('then start it and run `npm run analyse` here with NEO4J_URI set (schema, scores and rings)');
  return 0;
}

/**
 * Bulk when the local database is blank (or asked for), transactional otherwise, saying why. The database
 * opened to ask is handed on to the transactional import rather than started a second time.
 */
async function importByPath(config: Config): Promise<number> {
  if (config.external) {
    if (mode === 'bulk')
      throw new UsageError(
        '--mode bulk needs the local database (the importer works on a stopped store): for NEO4J_URI, write the files with --write-bulk-files OUT and run neo4j-admin on the database server',
      );
    console.log('loading into the database NEO4J_URI names, in transactions');
    return transactionalImport(await openCommandLineDatabase(config));
  }
  if (mode === 'transactional') return transactionalImport(await openCommandLineDatabase(config));
  if (!localStoreExists(localNeo4jOptions(config.local, () => {}))) return bulkFirstLoad(config);
  const opened = await openCommandLineDatabase(config);
  const contents = await databaseContents(opened.database).catch(async (error: unknown) => {
    await opened.close();
    throw error;
  });
  if (contents.length === 0) {
    await opened.close();
    return bulkFirstLoad(config);
  }
  if (mode === 'bulk') {
    await opened.close();
    throw new UsageError(new NotBlankError(contents).message);
  }
  console.log('the local database has data: loading the folder in transactions (a delta)');
  return transactionalImport(opened);
}

class UsageError extends Error {}

const IMPORTER_LINES =
  /^\(\d\/\d\)|COMPLETED|IMPORT DONE|^\s+\d+ (nodes|relationships|properties)$|Peak memory|ERROR|Exception/;

async function bulkFirstLoad(config: Config): Promise<number> {
  console.log("the local database is empty: first load with Neo4j's bulk importer (neo4j-admin)");
  const result = await bulkLoadLocal(
    localNeo4jOptions(config.local, () => {}),
    folder,
    {
      onProgress: showProgress,
      signal: interrupt.signal,
      heap: config.local.heap,
      // The importer's stages and totals, not its progress dots and settings.
      onOutput: (line) => {
        if (IMPORTER_LINES.test(line)) console.log(`  neo4j-admin: ${line.trim()}`);
      },
      onStep: (step) => console.log(`${step} (${elapsed()})`),
    },
  );
  if (!result.ok) return printRejection(result);
  const { database, close } = await openCommandLineDatabase(config);
  try {
    console.log('creating the schema on the loaded store (constraints and indexes)...');
    await applySchema(database);
    console.log(`schema online (${elapsed()})`);
    // Only a finished first load is recorded: a rejected one has no database to write to (it stays empty).
    await recordImport(database, importRecordOf(attempt, { ...result, mode: 'bulk' }));
    const [counts] = await database.readOnce(cypher('app/graph-counts'), 600_000);
    console.log(`imported ${folder} in ${elapsed()} (bulk: neo4j-admin database import)`);
    console.log(`database now has ${counts?.nodes} nodes and ${counts?.relationships} relationships`);
    console.log(await analyseAfterImport(database, folder, { firstLoad: true }, { limits: config.queries }));
  } finally {
    await close();
  }
  return 0;
}

async function transactionalImport({ database, close }: CommandLineDatabase): Promise<number> {
  try {
    await applySchema(database);
    const result = await importFolder(database, folder, {
      onProgress: showProgress,
      signal: interrupt.signal,
      acceptChanges: flags['accept-changes'],
      actor: { username: attempt.actor, role: 'cli' },
      singleTransactionWeight: process.env.RINGSIDE_IMPORT_TRANSACTION_ROWS
        ? Number(process.env.RINGSIDE_IMPORT_TRANSACTION_ROWS)
        : undefined,
    }).catch(async (error: unknown) => {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      // Best effort: the failure may be the database itself.
      await recordImport(database, failedImportRecord(attempt, reason)).catch(() => {});
      throw error;
    });
    for (const line of result.recovered ?? []) console.log(line);
    await recordImport(database, importRecordOf(attempt, result));
    if (!result.ok) return printRejection(result);
    console.log(`imported ${folder} in ${elapsed()} (${result.mode})`);
    console.log(`database now has ${result.nodes} nodes and ${result.relationships} relationships`);
    if (result.changesAccepted > 0)
      console.log(`${result.changesAccepted} stored record(s) changed as accepted, each in the audit trail`);
    if (result.outcomes) {
      const { reverified, disconnected, unchanged } = result.outcomes;
      console.log(
        `re-verification outcomes: ${reverified} number(s) reverified, ${disconnected} disconnected, ${unchanged} already applied`,
      );
    }
    console.log(await analyseAfterImport(database, folder, result, { limits: config.queries }));
    return 0;
  } finally {
    await close();
  }
}

let exitCode = 0;
try {
  const outDir = flags['write-bulk-files'];
  if (outDir) exitCode = await writeFilesOnly(path.resolve(outDir));
  else exitCode = await importByPath(config);
} catch (error) {
  // A failure is a report line, never a stack trace; the load was rolled back (or will be, by the next
  // import or server start, if the database itself went away), and a bulk load never replaced anything.
  if (error instanceof UsageError) {
    console.error(error.message);
    exitCode = 2;
  } else if (error instanceof ImportInterruptedError || interrupt.signal.aborted) {
    console.error('import interrupted: nothing of it was kept, the database is as before');
    exitCode = 130;
  } else {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(
      `import failed: ${reason}; nothing of it was kept (a half-done first load is rolled back by the next import or server start)`,
    );
    exitCode = 1;
  }
}
process.exit(exitCode);
