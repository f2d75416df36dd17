// All or nothing, even when a load fails. A folder whose rows fit in one transaction (every delta and
// feed) is loaded in one: if anything fails, or the importer or Neo4j dies, the database rolls it back.
// A folder too big for one transaction is a first load into an empty database: it is loaded in batches
// under a journal entry (ImportRun, status `loading`), and rolled back by removing the investigation data
// again, by the importer itself when it fails or is interrupted, or (when it was killed, or Neo4j died)
// by the next import or the next start of the server, before anything reads the half-load. Only one
// import runs at a time (the `import` lease); the analysis runs only after a finished import.
import { randomUUID } from 'node:crypto';
import { holdLease, type Lease } from '../background/leases.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { markComplaintsChanged } from '../editions/complaints-edition.ts';

export interface ImportRun {
  id: string;
  lease: Lease;
  /** Stops renewing the lease and gives it back. */
  release(): Promise<void>;
}

export class ImportBusyError extends Error {
  constructor() {
    super('another import is running on this database; try again when it has finished');
  }
}

/** Takes the import lease (renewed while the import runs), or throws ImportBusyError. */
export async function claimImport(database: Database, holder: string): Promise<ImportRun> {
  const held = await holdLease(database, 'import', holder);
  if (!held) throw new ImportBusyError();
  return { id: randomUUID(), lease: held.lease, release: held.release };
}

// The complaints' figures change at both ends of a journaled load: what is counted while it loads is
// counted from a half-load, and is not kept past its end (complaints-edition.ts).
export async function startJournal(database: Database, run: ImportRun, folder: string): Promise<void> {
  await database.writeTx(async (tx) => {
    await tx.run(cypher('app/ingest/start-import-run'), { id: run.id, folder, holder: run.lease.holder });
    await markComplaintsChanged(tx);
  });
}

export async function finishJournal(database: Database, id: string, status: 'done' | 'rolled_back') {
  await database.writeTx(async (tx) => {
    await tx.run(cypher('app/ingest/finish-import-run'), { id, status });
    await markComplaintsChanged(tx);
  });
}

/** Removes what a journaled first load wrote (the database was empty of investigation data before it). */
export async function rollBack(database: Database, id: string): Promise<void> {
  await database.writeAutoCommit(cypher('app/ingest/remove-investigation-data'));
  await finishJournal(database, id, 'rolled_back');
}

/** Rolls back every first load that died half-way; returns what it did, for the command's output. */
export async function recoverInterruptedImports(database: Database): Promise<string[]> {
  const runs = await database.readTx(async (tx) =>
    (await tx.run(cypher('app/ingest/unfinished-import-runs'), { now: Date.now() })).records.map(
      (record) => ({
        id: record.get('id') as string,
        folder: record.get('folder') as string,
      }),
    ),
  );
  const done: string[] = [];
  for (const run of runs) {
    await rollBack(database, run.id);
    done.push(`an interrupted import of ${run.folder} was rolled back: the database is as before it`);
  }
  return done;
}
