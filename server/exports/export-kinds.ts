// The lists the telecom department exports: file name, columns, and where their rows come from in that
// column order: a statement (with how a filter from the query string becomes its parameters), streamed
// from Neo4j, or a function that streams them in batches (the re-verification list, whose rows are made
// from the statement's; the number risk list, the graded numbers as the suspects listing reads them).
import { streamSuspectNumbers } from '../analysis/suspects.ts';
import type { Database, TxOptions } from '../db/database.ts';
import { reverificationRows } from './reverification-rows.ts';

type Filter = Record<string, string | undefined>;

export type ExportKindSpec = { columns: readonly string[] } & (
  | { statement: string; params(filter: Filter): Record<string, unknown> }
  | { rows(database: Database, filter: Filter, options: TxOptions): AsyncIterable<unknown[][]> }
);

const noParams = () => ({});

/** Every graded number of the national case fits (2,000,000 numbers in all). */
const NUMBER_RISK_MAX_ROWS = 2_000_000;

/**
 * Numbers with a risk grade, most severe first: the grades are derived on read (suspects.ts lists every
 * graded number once, with its current grade and reasons), a batch of numbers at a time as they are read.
 */
async function* numberRiskRows(
  database: Database,
  _filter: Filter,
  options: TxOptions,
): AsyncIterable<unknown[][]> {
  for await (const numbers of streamSuspectNumbers(database, undefined, NUMBER_RISK_MAX_ROWS, null, options))
    yield numbers.map((number) => [
      number.msisdn,
      number.operator,
      number.circle,
      number.status,
      number.grade,
      number.reasons.join('; '),
    ]);
}

export const EXPORT_KINDS = {
  'block-list': {
    statement: 'app/exports/block-list',
    columns: [
      'imei',
      'tac',
      'brand',
      'model',
      'request_id',
      'case_ref',
      'police_unit',
      'requester_state',
      'requested_on',
      'reason',
      'approved_by',
      'approved_at',
    ],
    params: noParams,
  },
  reverification: {
    columns: ['msisdn', 'operator', 'circle', 'imei', 'first_seen', 'last_seen', 'request_id'],
    // A range over the index's first property: one operator, or all of them.
    rows: (database, { operator }, options) =>
      reverificationRows(
        database,
        { firstOperator: operator ?? '', lastOperator: operator ?? '\uffff' },
        options,
      ),
  },
  'dealer-blacklist': {
    statement: 'app/exports/dealer-blacklist',
    columns: ['pos_id', 'name', 'operator', 'circle', 'blacklisted_on', 'blacklisted_until', 'reason'],
    params: noParams,
  },
  'revocation-list': {
    statement: 'app/exports/revocation-list',
    columns: ['msisdn', 'operator', 'circle', 'disconnected_on', 'reason', 'request_id'],
    params: noParams,
  },
  'number-risk': {
    columns: ['msisdn', 'operator', 'circle', 'status', 'grade', 'reasons'],
    rows: numberRiskRows,
  },
} as const satisfies Record<string, ExportKindSpec>;

export type ExportKind = keyof typeof EXPORT_KINDS;
