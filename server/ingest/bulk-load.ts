// The first load of a large folder with Neo4j's own offline importer: validate every row exactly as the
// transactional path does, writing the importer's files in the same pass; build the store offline; put it
// in place of the local database's, which must be stopped and blank. The schema and the analysis follow,
// on the started database (scripts/import.ts).
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { localConnection } from '../config.ts';
import { cypher } from '../db/cypher-files.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../db/local-neo4j.ts';
import { runAdminImport, swapInImportedStore } from '../db/neo4j-admin-import.ts';
import { BulkFiles, type BulkFile } from './bulk-files.ts';
import { outcomesOnFirstLoad } from './folder-outcomes.ts';
import { ImportInterruptedError, missingReference, type ImportProgress } from './import-folder.ts';
import { DEFAULT_MAX_ERRORS, validateFolder, type FolderValidation } from './validate-folder.ts';
import type { ImportError } from './validate-row.ts';

export type BulkFilesResult =
  | { ok: true; rowCounts: FolderValidation['rowCounts']; files: BulkFile[] }
  | { ok: false; errors: ImportError[]; errorCount: number };

export interface BulkOptions {
  onProgress?: (progress: ImportProgress) => void;
  maxErrors?: number;
  /** Aborting stops the work at the next chunk of rows or step; nothing is put in place. */
  signal?: AbortSignal;
}

function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportInterruptedError();
}

/**
 * Validates `dir` and writes the importer's files into `outDir` in the same pass. A folder for an empty
 * database must hold every key it refers to, and no re-verification outcomes (nothing is pending there).
 * On any error `outDir` is removed: nothing half-made stays.
 */
export async function writeBulkFiles(
  dir: string,
  outDir: string,
  options: BulkOptions = {},
): Promise<BulkFilesResult> {
  rmSync(outDir, { recursive: true, force: true });
  const bulk = new BulkFiles(outDir);
  try {
    const validation = await validateFolder(dir, {
      maxErrors: options.maxErrors,
      onProgress: (file, rows) => options.onProgress?.({ phase: 'validate', file, rows }),
      onRows: (file, rows) => {
        stopIfAborted(options.signal);
        return bulk.add(file, rows);
      },
    });
    const files = await bulk.finish();
    const refusals = [...validation.unresolved.map(missingReference), ...outcomesOnFirstLoad(dir)];
    const errorCount = validation.errorCount + refusals.length;
    if (errorCount > 0) {
      rmSync(outDir, { recursive: true, force: true });
      const errors = [...validation.errors, ...refusals].slice(0, options.maxErrors ?? DEFAULT_MAX_ERRORS);
      return { ok: false, errors, errorCount };
    }
    return { ok: true, rowCounts: validation.rowCounts, files };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

export type DatabaseContents = { label: string; nodes: number }[];

/** Whether the local store was ever created: one that was not is blank without starting Neo4j for it. */
export const localStoreExists = (local: { dataDir: string }): boolean =>
  existsSync(path.join(local.dataDir, 'data/databases/neo4j'));

/** Labels (with node counts, up to 1,000 nodes) that a bulk load would replace; none when it is blank. */
export async function databaseContents(database: Database): Promise<DatabaseContents> {
  const rows = await database.readOnce(cypher('app/ingest/blank-database'), 60_000);
  return rows.map((row) => ({ label: String(row.label), nodes: Number(row.nodes) }));
}

/** What the local database holds (see databaseContents), starting it for the question if it exists. */
export async function localDatabaseContents(local: LocalNeo4jOptions): Promise<DatabaseContents> {
  if (!localStoreExists(local)) return [];
  const neo4j = await startLocalNeo4j(local);
  const database = openDatabase(localConnection(neo4j.uri));
  try {
    return await databaseContents(database);
  } finally {
    await database.close();
    await neo4j.stop();
  }
}

export class NotBlankError extends Error {
  constructor(contents: DatabaseContents) {
    const held = contents
      .map(({ label, nodes }) => `${label} (${nodes >= 1000 ? '1,000+' : nodes})`)
      .join(', ');
    super(`the local database is not empty (it holds ${held}): a bulk load would replace it`);
  }
}

/** What a bulk load reports: the files it wrote and loaded, or why the folder was refused. */
export type BulkLoadResult = BulkFilesResult;

/**
 * Loads `dir` into the local database, which must be blank and is stopped throughout (the caller starts it
 * afterwards). The files and the offline store are made under `.data/bulk-import/`, next to the live store,
 * so that putting the new store in place is a rename; they are removed whatever happens.
 */
export async function bulkLoadLocal(
  local: LocalNeo4jOptions,
  dir: string,
  options: BulkOptions & {
    heap?: string;
    onOutput?: (line: string) => void;
    /** Each step's end: the files written, the store built, the store in place. */
    onStep?: (step: string) => void;
  } = {},
): Promise<BulkLoadResult> {
  const work = path.join(path.dirname(local.dataDir), 'bulk-import');
  try {
    const written = await writeBulkFiles(dir, path.join(work, 'files'), options);
    if (!written.ok) return written;
    stopIfAborted(options.signal);
    options.onStep?.('validated and wrote the files for the importer');
    await runAdminImport(written.files, {
      stagingHome: path.join(work, 'store'),
      heap: options.heap,
      signal: options.signal,
      onOutput: options.onOutput,
    });
    stopIfAborted(options.signal);
    // Checked again just before the swap: someone may have started the server on it meanwhile.
    const contents = await localDatabaseContents(local);
    if (contents.length > 0) throw new NotBlankError(contents);
    swapInImportedStore(path.join(work, 'store'), local.dataDir);
    options.onStep?.('built the store and put it in place of the empty one');
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
