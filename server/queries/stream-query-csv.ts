// A saved query's rows as CSV, streamed as Neo4j sends them (READ transaction, the query timeout), up to
// MAX_CSV_ROWS. Graph values become their ids; lists and maps become JSON.
import type { Response } from 'express';
import type { Database, TxOptions } from '../db/database.ts';
import { csvLine, drainedOrClosed } from '../exports/csv.ts';
import { ResultCollector } from './query-results.ts';
import { asQueryError } from './run-read-query.ts';

export const MAX_CSV_ROWS = 100_000;

export async function streamQueryCsv(
  database: Database,
  response: Response,
  name: string,
  statement: string,
  params: Record<string, unknown>,
  options: Required<Pick<TxOptions, 'timeoutMs'>> & TxOptions,
): Promise<Record<string, unknown>> {
  const cells = new ResultCollector(new Set());
  let columns: string[] = [];
  let rows = 0;
  const onColumns = (names: string[]) => {
    columns = names;
    response.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ringside-${name}.csv"`,
      'Cache-Control': 'no-store',
    });
    response.write(csvLine(columns));
  };
  try {
    for await (const record of database.streamRead(statement, params, { ...options, onColumns })) {
      if (rows === MAX_CSV_ROWS || response.destroyed) break;
      const line = csvLine(cells.addRow(columns, Array.from(record.values())).map(csvText));
      if (!response.write(line)) await drainedOrClosed(response);
      rows++;
    }
  } catch (error) {
    throw asQueryError(error, options.timeoutMs);
  }
  response.end();
  return { rows, truncated: rows === MAX_CSV_ROWS };
}

function csvText(cell: unknown): unknown {
  if (cell && typeof cell === 'object' && 'id' in cell) return (cell as { id: string }).id;
  if (cell && typeof cell === 'object') return JSON.stringify(cell);
  return cell;
}
