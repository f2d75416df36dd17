// Operators' answers for the numbers sent to re-verification after a block, `reverification-outcomes.csv`
// (msisdn, operator, outcome, decided_on): uploaded by the telecom department (POST
// /api/reverification-outcomes), or a file of an import folder (server/ingest/folder-outcomes.ts). Either
// way all or nothing: the CSV is read by the importer's own reader (strict UTF-8, RFC 4180) and checked by
// the contract's column rules, then, inside the write transaction with the numbers locked, against the
// graph: the number must be pending re-verification with that operator, decided no earlier than its
// block's approval and not in the future. Any error leaves everything as it was and lists every error (up
// to a cap) with line, column, value and reason. A row whose outcome is already applied (the same file
// sent again) changes nothing.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { InputError } from '../http/errors.ts';
import type { FileName, REVERIFICATION_OUTCOMES } from '../ingest/contract.ts';
import { readCsv } from '../ingest/read-csv.ts';
import { validateHeader, validateRow, type ImportError, type ValidatedRow } from '../ingest/validate-row.ts';

export const OUTCOMES_FILE = 'reverification-outcomes.csv' satisfies FileName;
type Outcome = (typeof REVERIFICATION_OUTCOMES)[number];

/** Errors listed at most (the count says how many in all). */
const MAX_ERRORS = 100;
/** Rows an upload may hold: a few days of an operator's answers, one transaction. */
export const MAX_OUTCOME_ROWS = 200_000;

export interface OutcomeRow {
  line: number;
  msisdn: string;
  operator: string;
  outcome: Outcome;
  decidedOn: string;
}

/** A number of an outcomes file as the graph holds it. */
export interface StoredNumber {
  msisdn: string;
  found: boolean;
  status: string | null;
  operator: string | null;
  outcome: string | null;
  decidedOn: string | null;
  approvedOn: string | null;
}

export interface OutcomeCounts {
  reverified: number;
  disconnected: number;
  /** Rows whose outcome was already applied (a file sent again). */
  unchanged: number;
}

export interface OutcomesApplied extends OutcomeCounts {
  rows: number;
}

/** Rows the graph refuses, each with its line, column and reason. */
export class OutcomesRefusedError extends Error {
  constructor(readonly errors: ImportError[]) {
    super(`${errors.length} outcome(s) refused`);
  }
}

/** A row that passed the contract's column rules, typed. */
export const outcomeRowOf = (row: ValidatedRow, line: number): OutcomeRow => ({
  line,
  msisdn: row.msisdn as string,
  operator: row.operator as string,
  outcome: row.outcome as Outcome,
  decidedOn: row.decided_on as string,
});

export async function applyReverificationOutcomes(
  database: Database,
  csv: Buffer,
  actor: Actor,
): Promise<OutcomesApplied> {
  const rows = await parseOutcomes(csv);
  const auditId = randomUUID(); // before the transaction: a retried commit records one event
  try {
    return await database.writeTx(
      async (tx) => {
        const outcome = { rows: rows.length, ...(await applyOutcomesInTx(tx, rows)) };
        await recordOutcomesAudit(tx, actor, auditId, outcome);
        return outcome;
      },
      {
        timeoutMs: 300_000,
        metadata: { app: 'ringside', action: 'reverification outcomes', user: actor.username },
      },
    );
  } catch (error) {
    if (error instanceof OutcomesRefusedError) throw outcomesError(error.errors);
    throw error;
  }
}

/**
 * In the caller's write transaction: locks the numbers (of two writers for one number, the second sees
 * what the first did), checks every row against them as they stand now, and applies the rest. Throws
 * OutcomesRefusedError listing every problem; the caller's transaction then changes nothing.
 */
export async function applyOutcomesInTx(tx: ManagedTransaction, rows: OutcomeRow[]): Promise<OutcomeCounts> {
  const msisdns = [...new Set(rows.map((row) => row.msisdn))];
  await tx.run(cypher('app/workflow/lock-outcome-numbers'), { msisdns });
  const { errors, toApply } = checkOutcomes(rows, await storedOutcomeNumbers(tx, msisdns));
  if (errors.length > 0) throw new OutcomesRefusedError(errors);
  const [applied] = (
    await tx.run(cypher('app/workflow/apply-reverification-outcomes'), { outcomes: toApply })
  ).records;
  return {
    reverified: applied!.get('reverified') as number,
    disconnected: applied!.get('disconnected') as number,
    unchanged: rows.length - toApply.length,
  };
}

/** The outcomes' numbers as they stand (found or not, status, operator, outcome applied, approval day). */
export async function storedOutcomeNumbers(
  tx: ManagedTransaction,
  msisdns: string[],
): Promise<Map<string, StoredNumber>> {
  const result = await tx.run(cypher('app/workflow/outcome-numbers'), { msisdns });
  return new Map(
    result.records.map((record) => {
      const number = record.toObject() as StoredNumber;
      return [number.msisdn, number];
    }),
  );
}

/** Every row against its number: the errors, and the rows still to apply (one already applied is neither). */
export function checkOutcomes(
  rows: OutcomeRow[],
  stored: Map<string, StoredNumber>,
): { errors: ImportError[]; toApply: OutcomeRow[] } {
  const today = new Date().toISOString().slice(0, 10);
  const errors: ImportError[] = [];
  const toApply: OutcomeRow[] = [];
  for (const row of rows) {
    const problem = problemOf(row, stored.get(row.msisdn)!, today);
    if (problem === 'applied') continue;
    if (problem) errors.push(problem);
    else toApply.push(row);
  }
  return { errors, toApply };
}

export function recordOutcomesAudit(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  details: Record<string, unknown>,
): Promise<void> {
  return recordAudit(tx, actor, {
    id,
    action: 'reverification.outcomes',
    target: `Reverification:${OUTCOMES_FILE}`,
    details,
  });
}

/** The file's rows, typed, or a 400 listing every error of its header and rows. */
async function parseOutcomes(csv: Buffer): Promise<OutcomeRow[]> {
  const errors: ImportError[] = [];
  const rows: OutcomeRow[] = [];
  const firstLineOf = new Map<string, OutcomeRow>();
  for await (const items of readCsv(csv, OUTCOMES_FILE)) {
    for (const item of items) {
      if (item.kind === 'error') errors.push(item.error);
      else if (item.kind === 'header') errors.push(...validateHeader(OUTCOMES_FILE, item.columns));
      else {
        const { row, errors: rowErrors } = validateRow(OUTCOMES_FILE, item.line, item.record);
        if (rowErrors.length > 0) {
          errors.push(...rowErrors);
          continue;
        }
        const outcome = outcomeRowOf(row, item.line);
        const earlier = firstLineOf.get(outcome.msisdn);
        if (earlier && (earlier.outcome !== outcome.outcome || earlier.decidedOn !== outcome.decidedOn)) {
          errors.push(
            locate(
              outcome,
              'outcome',
              outcome.outcome,
              `line ${earlier.line} gives this number another outcome`,
            ),
          );
        } else if (!earlier) {
          firstLineOf.set(outcome.msisdn, outcome);
          rows.push(outcome);
        }
      }
    }
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ file: OUTCOMES_FILE, line: 2, column: '', value: '', reason: 'the file has no rows' });
  if (rows.length > MAX_OUTCOME_ROWS)
    errors.push({
      file: OUTCOMES_FILE,
      line: rows[MAX_OUTCOME_ROWS]!.line,
      column: '',
      value: '',
      reason: `an upload holds at most ${MAX_OUTCOME_ROWS.toLocaleString('en-IN')} rows: split the file`,
    });
  if (errors.length > 0) throw outcomesError(errors);
  return rows;
}

/** What stops a row, `applied` when its outcome is already in the graph, or undefined when it may go. */
function problemOf(
  row: OutcomeRow,
  number: StoredNumber,
  today: string,
): ImportError | 'applied' | undefined {
  if (!number.found) return locate(row, 'msisdn', row.msisdn, 'no such number in the graph');
  if (
    number.outcome === row.outcome &&
    number.decidedOn === row.decidedOn &&
    number.status !== 'reverification_pending'
  )
    return 'applied';
  if (number.status !== 'reverification_pending')
    return locate(row, 'msisdn', row.msisdn, `the number is ${number.status}, not pending re-verification`);
  if (number.operator !== row.operator)
    return locate(
      row,
      'operator',
      row.operator,
      `the number is with ${number.operator}, not ${row.operator}`,
    );
  if (number.approvedOn && row.decidedOn < number.approvedOn)
    return locate(row, 'decided_on', row.decidedOn, `before the block's approval on ${number.approvedOn}`);
  if (row.decidedOn > today) return locate(row, 'decided_on', row.decidedOn, 'a day in the future');
  return undefined;
}

const locate = (row: OutcomeRow, column: string, value: string, reason: string): ImportError => ({
  file: OUTCOMES_FILE,
  line: row.line,
  column,
  value,
  reason,
});

function outcomesError(errors: ImportError[]): InputError {
  const first = errors[0]!;
  return new InputError(
    `${errors.length} error(s) in ${OUTCOMES_FILE}, nothing was changed; the first, line ${first.line}${first.column ? ` (${first.column})` : ''}: ${first.reason}.`,
    { errorCount: errors.length, errors: errors.slice(0, MAX_ERRORS) },
  );
}
