// No silent overwrite. A row whose key the database already has, with different identifying values (a
// dealer's name, operator, circle or registration day; an identity's name, photo or document type; a SIM's
// identity, dealer or activation day; a complaint's content), is a conflict: reported with file, line,
// key, the stored value and the new one, and the import refused unless changes are accepted (then each
// change goes into the audit trail). A feed that would set a number in re-verification back to `active`,
// or change a disconnected number's status (an operator re-sending an old file), would undo a decision of
// the telecom department: always a conflict, accepted or not. SIM statuses otherwise, and new usage
// periods, are ordinary updates. Checked in a streaming pass per file, a batch of keys at a time.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { FileName } from './contract.ts';
import { validRows, type LinedRow } from './valid-rows.ts';
import type { ImportError } from './validate-row.ts';

const BATCH = 10_000;

interface IdentifyingValues {
  label: string;
  statement: string;
  key: string;
  columns: string[];
}

const IDENTIFYING: Partial<Record<FileName, IdentifyingValues>> = {
  'dealers.csv': {
    label: 'Dealer',
    statement: 'app/ingest/stored-dealers',
    key: 'pos_id',
    columns: ['name', 'operator', 'circle', 'registered_on'],
  },
  'identities.csv': {
    label: 'Identity',
    statement: 'app/ingest/stored-identities',
    key: 'kyc_id',
    columns: ['name', 'photo_hash', 'doc_type'],
  },
  'sims.csv': {
    label: 'SIM',
    statement: 'app/ingest/stored-sims',
    key: 'msisdn',
    columns: ['kyc_id', 'pos_id', 'activated_on'],
  },
  'complaints.csv': {
    label: 'Complaint',
    statement: 'app/ingest/stored-complaints',
    key: 'ack_no',
    columns: ['source', 'category', 'channel', 'reported_on', 'amount_inr', 'victim_id', 'suspect_msisdns'],
  },
};

/** One stored record that a row would change, field by field. */
export interface StoredChange {
  /** The stored record, as `Label:key` names it in the audit trail. */
  label: string;
  file: FileName;
  line: number;
  key: string;
  changes: { column: string; stored: string; new: string }[];
}

export interface StoredConflicts {
  /** Changes of identifying values: refused unless accepted. */
  changes: StoredChange[];
  /** Feeds undoing a decision of the telecom department: always refused. */
  decisions: ImportError[];
}

/** Values compared as text: absent is empty, lists in order. */
const comparable = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return [...value].map(String).sort().join(';');
  return String(value);
};

/** Statuses only the telecom department's workflow sets. */
const WORKFLOW_STATUSES = new Set(['reverification_pending', 'disconnected']);

/** Whether a stored workflow status may become `next` through a feed. */
const mayBecome = (stored: string, next: string) =>
  next === stored || (stored === 'reverification_pending' && next === 'disconnected');

/** `files`: the contract files the folder holds; call only on a database with investigation data. */
export async function storedConflicts(
  database: Database,
  dir: string,
  files: FileName[],
): Promise<StoredConflicts> {
  const found: StoredConflicts = { changes: [], decisions: [] };
  for (const file of files) {
    const spec = IDENTIFYING[file];
    if (!spec || !existsSync(path.join(dir, file))) continue;
    await eachBatch(path.join(dir, file), file, async (rows) => {
      const stored = await database.readTx(async (tx) => {
        const result = await tx.run(cypher(spec.statement), {
          keys: rows.map(({ row }) => String(row[spec.key])),
        });
        return new Map(
          result.records.map((record) => [
            record.get('key') as string,
            record.get('stored') as Record<string, unknown>,
          ]),
        );
      });
      for (const { row, line } of rows) {
        const key = String(row[spec.key]);
        const before = stored.get(key);
        if (!before) continue;
        const changes = spec.columns
          .filter((column) => comparable(before[column]) !== comparable(row[column]))
          .map((column) => ({ column, stored: comparable(before[column]), new: comparable(row[column]) }));
        if (changes.length > 0) found.changes.push({ label: spec.label, file, line, key, changes });
      }
    });
  }
  if (files.includes('sims.csv')) found.decisions = await workflowStatusConflicts(database, dir);
  return found;
}

/** The changes as report lines, one per changed value. */
export function changeErrors(changes: StoredChange[]): ImportError[] {
  return changes.flatMap(({ file, line, key, changes: fields }) =>
    fields.map((field) => ({
      file,
      line,
      column: field.column,
      value: field.new,
      reason: `conflict: ${key} is stored with ${field.column} "${field.stored}"; this row says "${field.new}" (import with --accept-changes to apply it)`,
    })),
  );
}

async function workflowStatusConflicts(database: Database, dir: string): Promise<ImportError[]> {
  const [any] = await database.readOnce(cypher('app/ingest/any-workflow-status'), 60_000);
  if (!any?.found) return [];
  const errors: ImportError[] = [];
  await eachBatch(path.join(dir, 'sims.csv'), 'sims.csv', async (rows) => {
    const withStatus = rows.filter(({ row }) => row.status !== undefined);
    const stored = await database.readTx(async (tx) => {
      const result = await tx.run(cypher('app/ingest/stored-workflow-statuses'), {
        msisdns: withStatus.map(({ row }) => String(row.msisdn)),
      });
      return new Map(
        result.records.map((record) => [record.get('msisdn') as string, record.get('status') as string]),
      );
    });
    for (const { row, line } of withStatus) {
      const before = stored.get(String(row.msisdn));
      const next = String(row.status);
      if (before && WORKFLOW_STATUSES.has(before) && !mayBecome(before, next)) {
        errors.push({
          file: 'sims.csv',
          line,
          column: 'status',
          value: next,
          reason: `conflict: ${String(row.msisdn)} is ${before} after a decision of the telecom department; a feed may not set it to ${next}`,
        });
      }
    }
  });
  return errors;
}

/** The file's valid rows (the folder was validated), a batch at a time. */
async function eachBatch(
  filePath: string,
  file: FileName,
  handle: (rows: LinedRow[]) => Promise<void>,
): Promise<void> {
  let batch: LinedRow[] = [];
  for await (const rows of validRows(filePath, file)) {
    for (const lined of rows) {
      batch.push(lined);
      if (batch.length >= BATCH) {
        await handle(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await handle(batch);
}
