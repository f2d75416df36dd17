// reverification-outcomes.csv in an import folder: the operators' answers, applied exactly as an upload
// applies them (server/workflow/reverification-outcomes.ts) inside the import's one transaction. Whether
// a number is pending re-verification, with which operator and since which approval, comes from the graph:
// only an approved block request sends a number to re-verification, and a folder cannot. The folder's own
// sims.csv is written first (contract order), so a row of it that disconnects the number or moves it to
// another operator is what its outcome is checked against: here, before anything is written, and again
// with the numbers locked inside the transaction.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.ts';
import {
  checkOutcomes,
  OUTCOMES_FILE,
  outcomeRowOf,
  storedOutcomeNumbers,
  type OutcomeRow,
} from '../workflow/reverification-outcomes.ts';
import { validRows } from './valid-rows.ts';
import type { ImportError } from './validate-row.ts';

/** The folder's outcomes, each number once (validation refused a number given two different outcomes). */
export async function readFolderOutcomes(dir: string): Promise<OutcomeRow[]> {
  const byNumber = new Map<string, OutcomeRow>();
  for await (const rows of validRows(path.join(dir, OUTCOMES_FILE), OUTCOMES_FILE)) {
    for (const { row, line } of rows) {
      const outcome = outcomeRowOf(row, line);
      if (!byNumber.has(outcome.msisdn)) byNumber.set(outcome.msisdn, outcome);
    }
  }
  return [...byNumber.values()];
}

/** The rows the graph refuses, as the folder's sims.csv will leave their numbers; read without locks. */
export async function folderOutcomeProblems(
  database: Database,
  dir: string,
  outcomes: OutcomeRow[],
): Promise<ImportError[]> {
  if (outcomes.length === 0) return [];
  const msisdns = [...new Set(outcomes.map((row) => row.msisdn))];
  const stored = await database.readTx((tx) => storedOutcomeNumbers(tx, msisdns), { timeoutMs: 120_000 });
  const simsLine = new Map<string, number>();
  const simsPath = path.join(dir, 'sims.csv');
  if (existsSync(simsPath)) {
    for await (const rows of validRows(simsPath, 'sims.csv')) {
      for (const { row, line } of rows) {
        const number = stored.get(String(row.msisdn));
        if (!number) continue;
        // As sims.cypher writes it: the row's operator, its status when it gives one.
        number.found = true;
        number.operator = String(row.operator);
        number.status = (row.status as string | undefined) ?? number.status ?? 'active';
        simsLine.set(number.msisdn, line);
      }
    }
  }
  const msisdnOfLine = new Map(outcomes.map((row) => [row.line, row.msisdn]));
  return checkOutcomes(outcomes, stored).errors.map((error) => {
    const line = simsLine.get(msisdnOfLine.get(error.line)!);
    if (line === undefined) return error;
    return { ...error, reason: `${error.reason} (as sims.csv line ${line} of this folder leaves it)` };
  });
}

/**
 * A first load has no number pending re-verification (numbers become pending when a block request is
 * approved): the file is refused there, whole, rather than every row of it one by one.
 */
export function outcomesOnFirstLoad(dir: string): ImportError[] {
  if (!existsSync(path.join(dir, OUTCOMES_FILE))) return [];
  return [
    {
      file: OUTCOMES_FILE,
      line: 0,
      column: '',
      value: '',
      reason:
        'a first load into an empty database has no number pending re-verification: load the folder without this file, then import the outcomes as a later feed, once the blocks that sent the numbers are approved',
    },
  ];
}
