// The import history: one (:ImportRecord) a run of an import, from the inbox or the command line, with
// what it read, what it did and how long it took, for the admins' Imports page. Written by id with MERGE,
// so a retried transaction or a final result written over a `running` entry leaves one record.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { ImportResult } from '../ingest/import-folder.ts';
import type { ImportError } from '../ingest/validate-row.ts';

export type ImportSource = 'inbox' | 'cli';
/** `running` while an inbox feed is being imported; an entry left `running` was interrupted. */
export type ImportOutcome = 'running' | 'imported' | 'rejected' | 'failed';

export interface ImportRecord {
  id: string;
  source: ImportSource;
  /** Where the folder was when it was imported (for an inbox feed: where it arrived). */
  folder: string;
  /** Where an inbox feed went afterwards, with its report (done/ or rejected/). */
  movedTo?: string;
  /** ISO instants. */
  startedAt: string;
  finishedAt?: string;
  seconds?: number;
  result: ImportOutcome;
  /** How the load ran (one transaction, journaled batches), when it ran. */
  mode?: string;
  /** Rows read per file. */
  rowCounts: Record<string, number>;
  /** Rows refused because they change stored records or undo a decision. */
  conflicts: number;
  errorCount: number;
  /** The first errors (at most FIRST_ERRORS_KEPT), as the import reported them. */
  firstErrors: ImportError[];
  changesAccepted: number;
  /** Who imported: `inbox`, or `cli:<user>`. */
  actor: string;
}

/** Errors kept with a record: enough to see what is wrong; the full list is in the feed's report. */
export const FIRST_ERRORS_KEPT = 20;

export async function recordImport(database: Database, record: ImportRecord): Promise<void> {
  await database.writeTx(
    (tx) =>
      tx.run(cypher('app/imports/record-import'), {
        record: {
          ...record,
          movedTo: record.movedTo ?? null,
          finishedAt: record.finishedAt ?? null,
          seconds: record.seconds ?? null,
          mode: record.mode ?? null,
          rowCounts: JSON.stringify(record.rowCounts),
          firstErrors: JSON.stringify(record.firstErrors.slice(0, FIRST_ERRORS_KEPT)),
        },
      }),
    { metadata: { app: 'ringside', action: 'import.record', source: record.source } },
  );
}

/** Who, what and when of a run, known before its result. */
export interface ImportAttempt {
  id: string;
  source: ImportSource;
  folder: string;
  startedAt: Date;
  actor: string;
}

const finished = (attempt: ImportAttempt) => {
  const finishedAt = new Date();
  return {
    id: attempt.id,
    source: attempt.source,
    folder: attempt.folder,
    actor: attempt.actor,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    seconds: (finishedAt.getTime() - attempt.startedAt.getTime()) / 1000,
  };
};

/** What a finished import reports: importFolder's result, or the bulk first load's with its mode. */
export type FinishedImport =
  | (Pick<Extract<ImportResult, { ok: true }>, 'ok' | 'rowCounts'> & {
      mode: string;
      changesAccepted?: number;
    })
  | Pick<
      Extract<ImportResult, { ok: false }>,
      'ok' | 'errors' | 'errorCount' | 'rowCounts' | 'conflictCount'
    >;

/** The record of a run that ended with a result (imported, or rejected with its errors). */
export function importRecordOf(attempt: ImportAttempt, result: FinishedImport): ImportRecord {
  if (result.ok) {
    return {
      ...finished(attempt),
      result: 'imported',
      mode: result.mode,
      rowCounts: result.rowCounts,
      conflicts: 0,
      errorCount: 0,
      firstErrors: [],
      changesAccepted: result.changesAccepted ?? 0,
    };
  }
  return {
    ...finished(attempt),
    result: 'rejected',
    rowCounts: result.rowCounts ?? {},
    // Without the import's own count (a bulk first load's rejection), the errors that say so are counted.
    conflicts:
      result.conflictCount ?? result.errors.filter((error) => error.reason.startsWith('conflict:')).length,
    errorCount: result.errorCount,
    firstErrors: result.errors.slice(0, FIRST_ERRORS_KEPT),
    changesAccepted: 0,
  };
}

/** The record of a run that failed before it had a result (the database went away, the process stopped). */
export function failedImportRecord(attempt: ImportAttempt, reason: string): ImportRecord {
  return {
    ...finished(attempt),
    result: 'failed',
    rowCounts: {},
    conflicts: 0,
    errorCount: 1,
    firstErrors: [{ file: attempt.folder, line: 0, column: '', value: '', reason }],
    changesAccepted: 0,
  };
}

/** The record written when an inbox feed's import starts: left `running` if its process dies. */
export function runningImportRecord(attempt: ImportAttempt): ImportRecord {
  return {
    ...attempt,
    startedAt: attempt.startedAt.toISOString(),
    result: 'running',
    rowCounts: {},
    conflicts: 0,
    errorCount: 0,
    firstErrors: [],
    changesAccepted: 0,
  };
}

/** The newest `limit` records, newest first. */
export async function listImports(database: Database, limit: number): Promise<ImportRecord[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/imports/list-imports'), { limit: neo4j.int(limit) });
    return result.records.map((row) => {
      const record = row.toObject();
      return {
        ...record,
        movedTo: record.movedTo ?? undefined,
        finishedAt: record.finishedAt ?? undefined,
        seconds: record.seconds ?? undefined,
        mode: record.mode ?? undefined,
        rowCounts: JSON.parse(record.rowCounts ?? '{}') as Record<string, number>,
        firstErrors: JSON.parse(record.firstErrors ?? '[]') as ImportError[],
      } as ImportRecord;
    });
  });
}
