// Operators' answers for the numbers sent to re-verification after a block, uploaded by the telecom
// department as `reverification-outcomes.csv` (msisdn, operator, outcome, decided_on). Validated like an
// import file, all or nothing: the CSV is read by the importer's own reader (strict UTF-8, RFC 4180),
// every row checked by its column rules, then, inside the write transaction with the numbers locked,
// against the graph: the number must be pending re-verification with that operator, decided no earlier
// than its block's approval and not in the future. Any error leaves everything as it was and lists every
// error (up to a cap) with line, column, value and reason. A row whose outcome is already applied (the
// same file uploaded again) changes nothing.
import { randomUUID } from 'node:crypto';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { InputError } from '../http/errors.ts';
import type { ColumnRule } from '../ingest/contract.ts';
import { OPERATORS, parseDate, parseEnum, parseMsisdn } from '../ingest/identifiers.ts';
import { readCsv } from '../ingest/read-csv.ts';
import { validateHeaderOf, validateRowOf, type ImportError } from '../ingest/validate-row.ts';

export const OUTCOMES_FILE = 'reverification-outcomes.csv';
export const OUTCOMES = ['reverified', 'failed', 'no_response'] as const;
type Outcome = (typeof OUTCOMES)[number];

const COLUMNS: Record<string, ColumnRule> = {
  msisdn: { required: true, parse: parseMsisdn },
  operator: { required: true, parse: (raw) => parseEnum(OPERATORS, raw) },
  outcome: { required: true, parse: (raw) => parseEnum(OUTCOMES, raw) },
  decided_on: { required: true, parse: parseDate },
};

/** Errors listed at most (the count says how many in all). */
const MAX_ERRORS = 100;
/** Rows an upload may hold: a few days of an operator's answers, one transaction. */
export const MAX_OUTCOME_ROWS = 200_000;

interface OutcomeRow {
  line: number;
  msisdn: string;
  operator: string;
  outcome: Outcome;
  decidedOn: string;
}

interface StoredNumber {
  msisdn: string;
  found: boolean;
  status: string | null;
  operator: string | null;
  outcome: string | null;
  decidedOn: string | null;
  approvedOn: string | null;
}

export interface OutcomesApplied {
  rows: number;
  reverified: number;
  disconnected: number;
  /** Rows whose outcome was already applied (an upload repeated). */
  unchanged: number;
}

export async function applyReverificationOutcomes(
  database: Database,
  csv: Buffer,
  actor: Actor,
): Promise<OutcomesApplied> {
  const rows = await parseOutcomes(csv);
  const auditId = randomUUID(); // before the transaction: a retried commit records one event
  return database.writeTx(
    async (tx) => {
      const msisdns = [...new Set(rows.map((row) => row.msisdn))];
      await tx.run(cypher('app/workflow/lock-outcome-numbers'), { msisdns });
      const stored = new Map(
        (await tx.run(cypher('app/workflow/outcome-numbers'), { msisdns })).records.map((record) => {
          const number = record.toObject() as StoredNumber;
          return [number.msisdn, number];
        }),
      );
      const today = new Date().toISOString().slice(0, 10);
      const errors: ImportError[] = [];
      const toApply: OutcomeRow[] = [];
      for (const row of rows) {
        const problem = problemOf(row, stored.get(row.msisdn)!, today);
        if (problem === 'applied') continue;
        if (problem) errors.push(problem);
        else toApply.push(row);
      }
      if (errors.length > 0) throw outcomesError(errors);
      const [applied] = (
        await tx.run(cypher('app/workflow/apply-reverification-outcomes'), { outcomes: toApply })
      ).records;
      const outcome = {
        rows: rows.length,
        reverified: applied!.get('reverified') as number,
        disconnected: applied!.get('disconnected') as number,
        unchanged: rows.length - toApply.length,
      };
      await recordAudit(tx, actor, {
        id: auditId,
        action: 'reverification.outcomes',
        target: `Reverification:${OUTCOMES_FILE}`,
        details: outcome,
      });
      return outcome;
    },
    {
      timeoutMs: 300_000,
      metadata: { app: 'ringside', action: 'reverification outcomes', user: actor.username },
    },
  );
}

/** The file's rows, typed, or a 400 listing every error of its header and rows. */
async function parseOutcomes(csv: Buffer): Promise<OutcomeRow[]> {
  const errors: ImportError[] = [];
  const rows: OutcomeRow[] = [];
  const firstLineOf = new Map<string, OutcomeRow>();
  for await (const items of readCsv(csv, OUTCOMES_FILE)) {
    for (const item of items) {
      if (item.kind === 'error') errors.push(item.error);
      else if (item.kind === 'header') errors.push(...validateHeaderOf(OUTCOMES_FILE, COLUMNS, item.columns));
      else {
        const { row, errors: rowErrors } = validateRowOf(OUTCOMES_FILE, COLUMNS, item.line, item.record);
        if (rowErrors.length > 0) {
          errors.push(...rowErrors);
          continue;
        }
        const outcome: OutcomeRow = {
          line: item.line,
          msisdn: row.msisdn as string,
          operator: row.operator as string,
          outcome: row.outcome as Outcome,
          decidedOn: row.decided_on as string,
        };
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
