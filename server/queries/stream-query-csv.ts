// A saved query's rows as CSV, streamed as Neo4j sends them (READ transaction, the query timeout), up to
// MAX_CSV_ROWS. Graph values become their ids; lists and maps become JSON.
import type { Response } from 'express';
import type { Database, TxOptions } from '../db/database.ts';
import { csvLine, drainedOrClosed, startCsvDownload } from '../exports/csv.ts';
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
  let truncated = false;
  const onColumns = (names: string[]) => {
    columns = names;
    startCsvDownload(response, `ringside-${name}.csv`);
    response.write(csvLine(columns));
  };
  try {
    for await (const record of database.streamRead(statement, params, { ...options, onColumns })) {
      if (response.destroyed) break;
      if (rows === MAX_CSV_ROWS) {
        truncated = true; // a row beyond the cap: there were more
        break;
      }
      const line = csvLine(cells.addRow(columns, Array.from(record.values())).map(csvText));
      if (!response.write(line)) await drainedOrClosed(response);
      rows++;
    }
  } catch (error) {
    throw asQueryError(error, options.timeoutMs);
  }
  response.end();
  return { rows, truncated };
}

function csvText(cell: unknown): unknown {
  if (cell && typeof cell === 'object' && 'id' in cell) return (cell as { id: string }).id;
  if (cell && typeof cell === 'object') return JSON.stringify(cell);
  return cell;
}
