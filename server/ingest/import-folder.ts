// `npm run import -- DIR`: validates the whole folder first (nothing is written if anything is wrong), then
// loads it file by file in batched, parameterised UNWIND statements from cypher/app/ingest/.
import { existsSync } from 'node:fs';
import { isRetryableError } from 'neo4j-driver';
import path from 'node:path';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { FileName } from './contract.ts';
import { readCsv } from './read-csv.ts';
import { workflowStatusConflicts } from './status-conflicts.ts';
import {
  DEFAULT_MAX_ERRORS,
  IMPORT_ORDER,
  validateFolder,
  type FolderValidation,
  type UnresolvedReference,
} from './validate-folder.ts';
import { validateRow, type ImportError, type ValidatedRow } from './validate-row.ts';

const BATCH_SIZE = 10_000;
const BATCH_ATTEMPTS = 5;
const EXISTING_KEYS_STATEMENT: Record<UnresolvedReference['label'], string> = {
  Dealer: 'app/ingest/existing-dealers',
  Identity: 'app/ingest/existing-identities',
  SIM: 'app/ingest/existing-sims',
};

/** `total` is known in the load phase, from the validation pass. */
export type ImportProgress = { phase: 'validate' | 'load'; file: FileName; rows: number; total?: number };

export type ImportResult =
  | { ok: true; rowCounts: FolderValidation['rowCounts']; nodes: number; relationships: number }
  | { ok: false; errors: ImportError[]; errorCount: number };

export async function importFolder(
  database: Database,
  dir: string,
  options: { onProgress?: (progress: ImportProgress) => void; maxErrors?: number } = {},
): Promise<ImportResult> {
  const report = options.onProgress ?? (() => {});
  const validation = await validateFolder(dir, {
    maxErrors: options.maxErrors,
    onProgress: (file, rows) => report({ phase: 'validate', file, rows }),
  });
  const missing = await referencesMissingFromDatabase(database, validation.unresolved);
  const conflicts =
    validation.errorCount === 0 && missing.length === 0 ? await workflowStatusConflicts(database, dir) : [];
  const errorCount = validation.errorCount + missing.length + conflicts.length;
  if (errorCount > 0) {
    const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
    return {
      ok: false,
      errors: [...validation.errors, ...missing, ...conflicts].slice(0, maxErrors),
      errorCount,
    };
  }

  for (const file of IMPORT_ORDER) {
    const filePath = path.join(dir, file);
    if (!existsSync(filePath)) continue;
    const total = validation.rowCounts[file];
    await loadFile(database, file, filePath, (rows) => report({ phase: 'load', file, rows, total }));
  }
  const [counts] = await database.readOnce(cypher('app/graph-counts'), 600_000);
  return {
    ok: true,
    rowCounts: validation.rowCounts,
    nodes: Number(counts?.nodes ?? 0),
    relationships: Number(counts?.relationships ?? 0),
  };
}

async function referencesMissingFromDatabase(
  database: Database,
  unresolved: UnresolvedReference[],
): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  for (const label of ['Dealer', 'Identity', 'SIM'] as const) {
    const references = unresolved.filter((reference) => reference.label === label);
    for (let start = 0; start < references.length; start += BATCH_SIZE) {
      const batch = references.slice(start, start + BATCH_SIZE);
      const found = await database.readTx(async (tx) => {
        const result = await tx.run(cypher(EXISTING_KEYS_STATEMENT[label]), {
          keys: batch.map((r) => r.key),
        });
        return new Set(result.records.map((record) => String(record.get('key'))));
      });
      for (const reference of batch) {
        if (found.has(reference.key)) continue;
        errors.push({
          file: reference.file,
          line: reference.line,
          column: reference.column,
          value: reference.key,
          reason: `no ${label} with this key in the folder or the database`,
        });
      }
    }
  }
  return errors;
}

async function loadFile(
  database: Database,
  file: FileName,
  filePath: string,
  onRows: (rows: number) => void,
): Promise<void> {
  const statement = cypher(`app/ingest/${file.replace('.csv', '')}`);
  let batch: ValidatedRow[] = [];
  let rows = 0;
  // One batch is written while the next is read and parsed, so the reader and Neo4j overlap. Never two
  // writes at once: concurrent batches deadlock on shared dense nodes (a dealer, a cloned IMEI).
  let inFlight: Promise<void> = Promise.resolve();
  onRows(0);
  const flush = async () => {
    if (batch.length === 0) return;
    const rowsToWrite = batch;
    batch = [];
    await inFlight;
    inFlight = writeBatch(database, file, statement, rowsToWrite).then(() => {
      rows += rowsToWrite.length;
      onRows(rows);
    });
    inFlight.catch(() => {}); // handled by the next `await inFlight`, not unhandled meanwhile
  };
  for await (const items of readCsv(filePath, file)) {
    for (const item of items) {
      if (item.kind !== 'record') continue; // the folder was validated: no errors remain
      batch.push(validateRow(file, item.line, item.record).row);
      if (batch.length >= BATCH_SIZE) await flush();
    }
  }
  await flush();
  await inFlight;
}

/**
 * One batch in its own transaction. A transient failure (a deadlock with another writer, a leader switch)
 * is retried a few times with a pause: a batch takes seconds, longer than the driver's own retry window.
 */
async function writeBatch(database: Database, file: FileName, statement: string, rows: ValidatedRow[]) {
  for (let attempt = 1; ; attempt++) {
    try {
      await database.writeTx((tx) => tx.run(statement, { rows }), {
        timeoutMs: 600_000,
        metadata: { app: 'ringside', purpose: `import ${file}` },
      });
      return;
    } catch (error) {
      if (attempt >= BATCH_ATTEMPTS || !isRetryableError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 1_000));
    }
  }
}
