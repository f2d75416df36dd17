// A saved query's rows as CSV, streamed as Neo4j sends them (READ transaction, the query timeout), up to
// MAX_CSV_ROWS. Graph values become their ids; lists and maps become JSON.
import type { Response } from 'express';
import type { Database, TxOptions } from '../db/database.ts';
import type { RowMasker } from '../auth/identity-masking.ts';
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
  options: Required<Pick<TxOptions, 'timeoutMs'>> & TxOptions & { maskRows?: RowMasker },
): Promise<Record<string, unknown>> {
  const { maskRows, ...txOptions } = options;
  let pending: unknown[][] = [];
  // Rows go out in batches, so that identities to mask are looked up a thousand at a time.
  const flush = async () => {
    const batch = maskRows ? await maskRows(columns, pending) : pending;
    pending = [];
    const text = batch.map((row) => csvLine(row.map(csvText))).join('');
    if (!response.write(text)) await drainedOrClosed(response);
  };
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
    for await (const record of database.streamRead(statement, params, { ...txOptions, onColumns })) {
      if (response.destroyed) break;
      if (rows === MAX_CSV_ROWS) {
        truncated = true; // a row beyond the cap: there were more
        break;
      }
      pending.push(cells.addRow(columns, Array.from(record.values())));
      rows++;
      if (pending.length === 1000) await flush();
    }
    await flush();
  } catch (error) {
    throw asQueryError(error, options.timeoutMs);
  }
  response.end();
  return { rows, truncated };
}

/** Graph values as their ids (a path as its nodes' ids in order), lists and maps as JSON of the same. */
function csvText(cell: unknown): unknown {
  const plain = idsOnly(cell);
  return plain && typeof plain === 'object' ? JSON.stringify(plain) : plain;
}

/** Node and relationship cells become their ids at any depth: a CSV never carries a caption or name. */
function idsOnly(cell: unknown): unknown {
  if (Array.isArray(cell)) return cell.map(idsOnly);
  if (!cell || typeof cell !== 'object') return cell;
  if ('id' in cell) return (cell as { id: string }).id;
  if ('relationship' in cell) return (cell as { relationship: string }).relationship;
  if ('path' in cell) return (cell as { path: { id: string }[] }).path.map((node) => node.id).join(' → ');
  return Object.fromEntries(Object.entries(cell).map(([key, value]) => [key, idsOnly(value)]));
}
