// `npm run import -- DIR`: validates the whole folder first (nothing is written if anything is wrong), then
// loads it file by file in batched, parameterised UNWIND statements from cypher/app/ingest/, all or
// nothing (import-journal.ts): in one transaction when it fits, else as a journaled first load. Operators'
// re-verification outcomes are applied last, in that transaction, as an upload applies them.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { isRetryableError } from 'neo4j-driver';
import path from 'node:path';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { FileName } from './contract.ts';
import { validRows } from './valid-rows.ts';
import { changeErrors, storedConflicts, type StoredChange } from './stored-conflicts.ts';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { markComplaintsChanged } from '../editions/complaints-edition.ts';
import {
  applyOutcomesInTx,
  OUTCOMES_FILE,
  OutcomesRefusedError,
  recordOutcomesAudit,
  type OutcomesApplied,
} from '../workflow/reverification-outcomes.ts';
import { folderOutcomeProblems, outcomesOnFirstLoad, readFolderOutcomes } from './folder-outcomes.ts';
import {
  claimImport,
  finishJournal,
  recoverInterruptedImports,
  rollBack,
  startJournal,
} from './import-journal.ts';
import {
  DEFAULT_MAX_ERRORS,
  IMPORT_ORDER,
  validateFolder,
  weightOf,
  type FolderValidation,
  type UnresolvedReference,
} from './validate-folder.ts';
import type { ImportError, ValidatedRow } from './validate-row.ts';

/** A batch statement carries at most this much work (rows, and the numbers complaints name). */
const BATCH_WEIGHT = 10_000;
const BATCH_SIZE = 10_000;
/** Folders up to this much work load in one transaction (every daily feed); bigger ones are first loads. */
export const SINGLE_TRANSACTION_WEIGHT = 200_000;
const BATCH_ATTEMPTS = 5;
const EXISTING_KEYS_STATEMENT: Record<UnresolvedReference['label'], string> = {
  Dealer: 'app/ingest/existing-dealers',
  Identity: 'app/ingest/existing-identities',
  SIM: 'app/ingest/existing-sims',
};

/** `total` is known in the load phase, from the validation pass. */
export type ImportProgress = { phase: 'validate' | 'load'; file: FileName; rows: number; total?: number };

/** How the load ran: one transaction, or batches under the journal (a first load into an empty database). */
export type LoadMode = 'one transaction' | 'journaled batches';

export type ImportResult =
  | {
      ok: true;
      rowCounts: FolderValidation['rowCounts'];
      nodes: number;
      relationships: number;
      mode: LoadMode;
      /** The database held no investigation data before: everything must be analysed, not a delta. */
      firstLoad: boolean;
      /** Interrupted imports rolled back before this one. */
      recovered: string[];
      /** Stored records changed with --accept-changes (each audited). */
      changesAccepted: number;
      /** What reverification-outcomes.csv changed, when the folder has one. */
      outcomes?: OutcomesApplied;
    }
  | {
      ok: false;
      errors: ImportError[];
      errorCount: number;
      recovered?: string[];
      /** Rows read per file, when the folder could be read. */
      rowCounts?: FolderValidation['rowCounts'];
      /** Rows refused because they change stored records or undo a decision (all of them, not the shown). */
      conflictCount?: number;
    };

export class ImportInterruptedError extends Error {
  constructor() {
    super('the import was interrupted');
  }
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  maxErrors?: number;
  /** Who imports (the lease holder); a process's own name by default. */
  holder?: string;
  singleTransactionWeight?: number;
  /** Aborting stops the load between two statements; what it wrote is rolled back. */
  signal?: AbortSignal;
  /** Apply rows that change stored identifying values (each change audited) instead of refusing them. */
  acceptChanges?: boolean;
  /** Who imports, for the audit trail. */
  actor?: Actor;
}

export async function importFolder(
  database: Database,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const report = options.onProgress ?? (() => {});
  // A first load that died half-way is undone before anything else looks at the data.
  const recovered = await recoverInterruptedImports(database);
  const validation = await validateFolder(dir, {
    maxErrors: options.maxErrors,
    onProgress: (file, rows) => report({ phase: 'validate', file, rows }),
  });
  const missing = await referencesMissingFromDatabase(database, validation.unresolved);
  const files = IMPORT_ORDER.filter((file) => existsSync(path.join(dir, file)));
  const [existing] = await database.readOnce(cypher('app/has-investigation-data'), 60_000);
  const hasData = Boolean(existing?.hasData);
  const isValid = validation.errorCount === 0 && missing.length === 0;
  // An empty database has nothing a row could conflict with.
  const stored =
    hasData && isValid ? await storedConflicts(database, dir, files) : { changes: [], decisions: [] };
  const conflicts = [...stored.decisions, ...(options.acceptChanges ? [] : changeErrors(stored.changes))];
  const outcomes = hasData && isValid && files.includes(OUTCOMES_FILE) ? await readFolderOutcomes(dir) : [];
  const outcomeErrors = hasData
    ? await folderOutcomeProblems(database, dir, outcomes)
    : outcomesOnFirstLoad(dir);
  const refusals = [...missing, ...conflicts, ...outcomeErrors];
  const errorCount = validation.errorCount + refusals.length;
  if (errorCount > 0) {
    const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
    return {
      ok: false,
      errors: [...validation.errors, ...refusals].slice(0, maxErrors),
      errorCount,
      recovered,
      rowCounts: validation.rowCounts,
      conflictCount: conflicts.length,
    };
  }

  const transactionWeight = options.singleTransactionWeight ?? SINGLE_TRANSACTION_WEIGHT;
  const mode: LoadMode = validation.weight <= transactionWeight ? 'one transaction' : 'journaled batches';
  if (mode === 'journaled batches' && hasData) {
    return {
      ok: false,
      errorCount: 1,
      recovered,
      errors: [
        {
          file: dir,
          line: 0,
          column: '',
          value: '',
          reason: `${validation.weight.toLocaleString('en-IN')} rows of work is more than one transaction holds (${transactionWeight.toLocaleString('en-IN')}) on a database that already has data: split the feed into smaller folders`,
        },
      ],
    };
  }

  // Outcomes are applied to the numbers as they stand, not loaded by a statement of their own.
  const statementFiles = files.filter((file) => file !== OUTCOMES_FILE);
  const load = (run: (statement: string, rows: ValidatedRow[], file: FileName) => Promise<void>) =>
    loadFiles(dir, statementFiles, validation, report, run, options.signal);
  const actor = options.actor ?? SYSTEM;
  const outcomesAuditId = randomUUID(); // before the transaction: a retried commit records one event
  let outcomesApplied: OutcomesApplied | undefined;
  const run = await claimImport(database, options.holder ?? `import:${hostname()}:${process.pid}`);
  try {
    if (mode === 'one transaction') {
      outcomesApplied = await database.writeTx(
        async (tx) => {
          await load(async (statement, rows) => void (await tx.run(statement, { rows })));
          // Figures counted from the complaints before this import are not those after it.
          await markComplaintsChanged(tx);
          // Accepted changes are audited with the load itself: both commit, or neither.
          for (const change of stored.changes) await recordAudit(tx, actor, auditOf(change, dir));
          if (outcomes.length === 0) return undefined;
          const applied = { rows: outcomes.length, ...(await applyOutcomesInTx(tx, outcomes)) };
          await recordOutcomesAudit(tx, actor, outcomesAuditId, { ...applied, folder: dir });
          report({ phase: 'load', file: OUTCOMES_FILE, rows: applied.rows, total: applied.rows });
          return applied;
        },
        {
          timeoutMs: 3_600_000,
          metadata: { app: 'ringside', purpose: `import ${path.basename(dir)}` },
        },
      );
    } else {
      await startJournal(database, run, dir);
      try {
        await load((statement, rows, file) => writeBatch(database, file, statement, rows));
        await finishJournal(database, run.id, 'done');
      } catch (error) {
        await rollBack(database, run.id);
        throw error;
      }
    }
  } catch (error) {
    // The outcomes are checked again with their numbers locked: an upload may have changed one since the
    // check above. Refused there, the transaction wrote nothing.
    if (!(error instanceof OutcomesRefusedError)) throw error;
    return {
      ok: false,
      errors: error.errors,
      errorCount: error.errors.length,
      recovered,
      rowCounts: validation.rowCounts,
    };
  } finally {
    await run.release();
  }
  const [counts] = await database.readOnce(cypher('app/graph-counts'), 600_000);
  return {
    ok: true,
    rowCounts: validation.rowCounts,
    nodes: Number(counts?.nodes ?? 0),
    relationships: Number(counts?.relationships ?? 0),
    mode,
    firstLoad: !hasData,
    recovered,
    changesAccepted: stored.changes.length,
    ...(outcomesApplied ? { outcomes: outcomesApplied } : {}),
  };
}

const SYSTEM: Actor = { username: 'ringside', role: 'system' };

/** One audit event a changed record: which import, file and line, each value before and after. */
function auditOf(change: StoredChange, dir: string) {
  return {
    action: 'import.change',
    target: `${change.label}:${change.key}`,
    details: { folder: dir, file: change.file, line: change.line, changes: change.changes },
  };
}

/** Reads every file in order and hands its rows to `run` in batches of bounded work. */
async function loadFiles(
  dir: string,
  files: FileName[],
  validation: FolderValidation,
  report: (progress: ImportProgress) => void,
  run: (statement: string, rows: ValidatedRow[], file: FileName) => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (const file of files) {
    const total = validation.rowCounts[file];
    await loadFile(
      file,
      path.join(dir, file),
      (rows) => report({ phase: 'load', file, rows, total }),
      run,
      signal,
    );
  }
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
      for (const reference of batch) if (!found.has(reference.key)) errors.push(missingReference(reference));
    }
  }
  return errors;
}

/** The error for a key that neither the folder nor the database defines. */
export const missingReference = (reference: UnresolvedReference): ImportError => ({
  file: reference.file,
  line: reference.line,
  column: reference.column,
  value: reference.key,
  reason: `no ${reference.label} with this key in the folder or the database`,
});

async function loadFile(
  file: FileName,
  filePath: string,
  onRows: (rows: number) => void,
  run: (statement: string, rows: ValidatedRow[], file: FileName) => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const statement = cypher(`app/ingest/${file.replace('.csv', '')}`);
  let batch: ValidatedRow[] = [];
  let batchWeight = 0;
  let rows = 0;
  // One batch is written while the next is read and parsed, so the reader and Neo4j overlap. Never two
  // writes at once: concurrent batches deadlock on shared dense nodes (a dealer, a cloned IMEI).
  let inFlight: Promise<void> = Promise.resolve();
  onRows(0);
  const flush = async () => {
    if (batch.length === 0) return;
    const rowsToWrite = batch;
    batch = [];
    batchWeight = 0;
    await inFlight;
    if (signal?.aborted) throw new ImportInterruptedError();
    inFlight = run(statement, rowsToWrite, file).then(() => {
      rows += rowsToWrite.length;
      onRows(rows);
    });
    inFlight.catch(() => {}); // handled by the next `await inFlight`, not unhandled meanwhile
  };
  for await (const rows of validRows(filePath, file)) {
    for (const { row } of rows) {
      batch.push(row);
      batchWeight += weightOf(file, row);
      if (batch.length >= BATCH_SIZE || batchWeight >= BATCH_WEIGHT) await flush();
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
