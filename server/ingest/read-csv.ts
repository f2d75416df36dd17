// Streams a contract CSV file as (line, record) pairs, reporting malformed lines instead of throwing.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { ImportError } from './validate-row.ts';

export type CsvItem =
  | { kind: 'header'; columns: string[] }
  | { kind: 'record'; line: number; record: Record<string, string> }
  | { kind: 'error'; error: ImportError };

export async function* readCsv(filePath: string, file: string): AsyncGenerator<CsvItem> {
  const parser = createReadStream(filePath).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let columns: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!columns) {
        columns = record.map((name) => name.trim());
        yield { kind: 'header', columns };
        continue;
      }
      if (record.length !== columns.length) {
        yield {
          kind: 'error',
          error: {
            file,
            line: info.lines,
            column: '',
            value: record.join(','),
            reason: `has ${record.length} fields, the header has ${columns.length}`,
          },
        };
        continue;
      }
      const named: Record<string, string> = {};
      columns.forEach((name, index) => (named[name] = record[index] ?? ''));
      yield { kind: 'record', line: info.lines, record: named };
    }
  } catch (error) {
    // A broken quote makes the rest of the file unreadable: report where, and stop reading it.
    const line = (error as { lines?: number }).lines ?? 0;
    yield {
      kind: 'error',
      error: { file, line, column: '', value: '', reason: `not valid CSV: ${(error as Error).message}` },
    };
  }
  if (!columns)
    yield {
      kind: 'error',
      error: { file, line: 1, column: '', value: '', reason: 'the file has no header row' },
    };
}
