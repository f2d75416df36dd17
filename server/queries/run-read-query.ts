// Runs an analyst's or a saved query the only way user Cypher runs here: in a READ transaction (the
// database itself refuses writes), with a timeout, and at most `maxRows` rows (one more is read to know
// whether there were more). Neo4j's complaints about the query become 400s that say what went wrong.
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { ResultCollector, type QueryGraph } from './query-results.ts';

export interface QueryLimits {
  timeoutMs: number;
  maxRows: number;
}

export const DEFAULT_LIMITS: QueryLimits = { timeoutMs: 10_000, maxRows: 5_000 };

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  graph: QueryGraph;
  rowCount: number;
  truncated: boolean;
  elapsedMs: number;
}

export async function runReadQuery(
  database: Database,
  statement: string,
  params: Record<string, unknown>,
  options: QueryLimits & { graphColumns: Set<string> | 'all'; metadata: Record<string, string> },
): Promise<QueryResult> {
  const started = performance.now();
  let columns: string[] = [];
  const rows: unknown[][] = [];
  let truncated = false;
  let collector = new ResultCollector(new Set());
  try {
    for await (const record of database.streamRead(statement, params, {
      timeoutMs: options.timeoutMs,
      metadata: options.metadata,
      onColumns: (names) => {
        columns = names;
        collector = new ResultCollector(
          options.graphColumns === 'all' ? new Set(names) : options.graphColumns,
        );
      },
    })) {
      if (rows.length === options.maxRows) {
        truncated = true;
        break; // closing the stream discards the rest in the database
      }
      rows.push(collector.addRow(columns, Array.from(record.values())));
    }
  } catch (error) {
    throw asQueryError(error, options.timeoutMs);
  }
  return {
    columns,
    rows,
    graph: collector.graph(),
    rowCount: rows.length,
    truncated,
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** Parameters from JSON for ad-hoc Cypher: whole numbers as Cypher integers (LIMIT $n needs one). */
export function cypherParameters(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(cypherParameters);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cypherParameters(item)]));
  }
  return value;
}

export function asQueryError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.includes('TransactionTimedOut') || error.code.endsWith('Transaction.Terminated')) {
    return new AppError(
      400,
      'QUERY_TIMEOUT',
      `The query ran longer than ${timeoutMs / 1000} s and was stopped. Narrow it (a label, a date window, a LIMIT) and try again.`,
    );
  }
  // A query that builds a result bigger than the database's memory (a list of millions of strings).
  if (/OutOfMemory|MemoryLimitExceeded/.test(error.code) || /heap space/i.test(error.message)) {
    return new AppError(
      400,
      'QUERY_TOO_LARGE',
      'The query needs more memory than the database gives one query. Return fewer or smaller values (a LIMIT, counts instead of lists).',
    );
  }
  if (error.code === 'Neo.ClientError.Statement.AccessMode') {
    return new AppError(403, 'READ_ONLY', 'Queries here are read-only: the database refused to write.', {
      neo4j: error.message,
    });
  }
  if (error.code.startsWith('Neo.ClientError.')) {
    return new AppError(400, 'CYPHER_ERROR', `Neo4j refused the query: ${error.message}`, {
      code: error.code,
    });
  }
  return error;
}
