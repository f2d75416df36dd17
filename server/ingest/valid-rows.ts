// A contract file read again after its folder passed validation (to load it, to compare it with the
// stored records, to collect the keys a delta touches): its valid rows, each with its line, a chunk at a
// time as the reader parses them.
import type { FileName } from './contract.ts';
import { readCsv } from './read-csv.ts';
import { validateRow, type ValidatedRow } from './validate-row.ts';

export interface LinedRow {
  row: ValidatedRow;
  line: number;
}

export async function* validRows(filePath: string, file: FileName): AsyncGenerator<LinedRow[]> {
  for await (const items of readCsv(filePath, file)) {
    const rows: LinedRow[] = [];
    for (const item of items) {
      if (item.kind !== 'record') continue;
      const { row, errors } = validateRow(file, item.line, item.record);
      if (errors.length === 0) rows.push({ row, line: item.line });
    }
    yield rows;
  }
}
