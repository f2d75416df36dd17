// A feed that sets a number back to `active` after Ringside sent it to re-verification, or changes a
// disconnected number's status (an operator re-sending an old file), would silently undo the telecom
// department's decision. Such rows are conflicts: reported with file, line, the stored status and the new
// one, and the import refused. Checked in a second streaming pass over sims.csv, in batches, and only when
// the database holds any such status at all.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { readCsv } from './read-csv.ts';
import { validateRow, type ImportError } from './validate-row.ts';

const BATCH = 10_000;

/** Whether a stored workflow status may become `next` through a feed. */
const mayBecome = (stored: string, next: string) =>
  next === stored || (stored === 'reverification_pending' && next === 'disconnected');

export async function workflowStatusConflicts(database: Database, dir: string): Promise<ImportError[]> {
  const filePath = path.join(dir, 'sims.csv');
  if (!existsSync(filePath)) return [];
  const [any] = await database.readOnce(cypher('app/ingest/any-workflow-status'), 60_000);
  if (!any?.found) return [];

  const errors: ImportError[] = [];
  let batch: { msisdn: string; status: string; line: number }[] = [];
  const check = async () => {
    if (batch.length === 0) return;
    const stored = await database.readTx(async (tx) => {
      const result = await tx.run(cypher('app/ingest/stored-workflow-statuses'), {
        msisdns: batch.map((row) => row.msisdn),
      });
      return new Map(
        result.records.map((record) => [record.get('msisdn') as string, record.get('status') as string]),
      );
    });
    for (const row of batch) {
      const before = stored.get(row.msisdn);
      if (before && !mayBecome(before, row.status)) {
        errors.push({
          file: 'sims.csv',
          line: row.line,
          column: 'status',
          value: row.status,
          reason: `conflict: ${row.msisdn} is ${before} after a decision of the telecom department; a feed may not set it to ${row.status}`,
        });
      }
    }
    batch = [];
  };
  for await (const items of readCsv(filePath, 'sims.csv')) {
    for (const item of items) {
      if (item.kind !== 'record') continue;
      const { row, errors: rowErrors } = validateRow('sims.csv', item.line, item.record);
      if (rowErrors.length > 0 || row.status === undefined) continue;
      batch.push({ msisdn: String(row.msisdn), status: String(row.status), line: item.line });
      if (batch.length >= BATCH) await check();
    }
  }
  await check();
  return errors;
}
