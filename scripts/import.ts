// `npm run import -- DIR`: validate and load a folder of contract CSV files into the configured Neo4j.
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { openCommandLineDatabase } from '../server/db/command-line-database.ts';
import { applySchema } from '../server/db/schema.ts';
import { recomputeAnalysis, summariseAnalysis } from '../server/analysis/recompute-analysis.ts';
import { ImportInterruptedError, importFolder, type ImportProgress } from '../server/ingest/import-folder.ts';
import { checkFolder } from '../server/ingest/validate-folder.ts';
import type { ImportError } from '../server/ingest/validate-row.ts';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'accept-changes': { type: 'boolean', default: false } },
});
const dir = positionals[0];
if (!dir || positionals.length !== 1) {
  console.error(
    'usage: npm run import -- DIR [--accept-changes]   (a folder of CSV files, see DATA-CONTRACT.md)',
  );
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

const { database, close } = await openCommandLineDatabase(readConfig());

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

// Ctrl-C or a SIGTERM stops the load between two statements; what it wrote is rolled back before exit.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the import; what it wrote is being rolled back`);
    interrupt.abort();
  });
}

let exitCode = 0;
try {
  await applySchema(database);
  const result = await importFolder(database, path.resolve(dir), {
    onProgress: showProgress,
    signal: interrupt.signal,
    acceptChanges: flags['accept-changes'],
    actor: { username: `cli:${userInfo().username}`, role: 'cli' },
    singleTransactionWeight: process.env.RINGSIDE_IMPORT_TRANSACTION_ROWS
      ? Number(process.env.RINGSIDE_IMPORT_TRANSACTION_ROWS)
      : undefined,
  });
  for (const line of result.recovered ?? []) console.log(line);
  if (result.ok) {
    console.log(
      `imported ${path.resolve(dir)} in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.mode})`,
    );
    console.log(`database now has ${result.nodes} nodes and ${result.relationships} relationships`);
    if (result.changesAccepted > 0)
      console.log(`${result.changesAccepted} stored record(s) changed as accepted, each in the audit trail`);
    const scores = await recomputeAnalysis(database);
    console.log(summariseAnalysis(scores));
  } else {
    console.error(`import rejected: ${result.errorCount} error(s), nothing was written`);
    result.errors.forEach(printError);
    if (result.errorCount > result.errors.length)
      console.error(`... and ${result.errorCount - result.errors.length} more`);
    exitCode = 1;
  }
} catch (error) {
  // A database failure is a report line, never a stack trace; the load was rolled back (or will be, by
  // the next import or server start, if the database itself went away).
  if (error instanceof ImportInterruptedError) {
    console.error('import interrupted: nothing of it was kept, the database is as before');
    exitCode = 130;
  } else {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(
      `import failed: ${reason}; nothing of it was kept (a half-done first load is rolled back by the next import or server start)`,
    );
    exitCode = 1;
  }
} finally {
  await close();
}
process.exit(exitCode);
