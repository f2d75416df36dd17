// Streams an export to the client as CSV, rows in batches as Neo4j sends them (memory stays flat however
// long the list; a slow client pauses the query), hashing the bytes on the way; a completed export is
// recorded as an ExportBatch with its audit event, in one transaction. An export the client abandons is
// not recorded.
import { createHash, randomUUID } from 'node:crypto';
import type { Response } from 'express';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database, TxOptions } from '../db/database.ts';
import { csvLine, drainedOrClosed, startCsvDownload } from './csv.ts';
import { EXPORT_KINDS, type ExportKind, type ExportKindSpec } from './export-kinds.ts';

/** Lines are gathered into chunks of about this size before a write: fewer, larger writes. */
const CHUNK_BYTES = 64 * 1024;

export async function streamExport(
  database: Database,
  response: Response,
  kind: ExportKind,
  filter: Record<string, string | undefined>,
  actor: Actor,
): Promise<void> {
  const spec = EXPORT_KINDS[kind] as ExportKindSpec;
  const day = new Date().toISOString().slice(0, 10);
  startCsvDownload(response, `ringside-${kind}-${day}.csv`);

  const hash = createHash('sha256');
  let chunk = csvLine(spec.columns);
  let rows = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text); // encoded once, for the hash and the client
    hash.update(bytes);
    if (!response.write(bytes)) await drainedOrClosed(response);
  };

  const options: TxOptions = {
    timeoutMs: 15 * 60_000,
    metadata: { app: 'ringside', export: kind, user: actor.username },
  };
  for await (const batch of rowsOf(database, spec, filter, options)) {
    if (response.destroyed) return; // the client went away: stop the query, record nothing
    for (const values of batch) chunk += csvLine(values);
    rows += batch.length;
    if (chunk.length >= CHUNK_BYTES) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  if (response.destroyed) return;

  const batch = {
    id: randomUUID(),
    kind,
    filter: JSON.stringify(filter),
    exportedBy: actor.username,
    rows,
    sha256: hash.digest('hex'),
  };
  await database.writeTx(async (tx) => {
    await tx.run(cypher('app/exports/record-export'), { batch });
    await recordAudit(tx, actor, {
      action: `export.${kind}`,
      target: `ExportBatch:${batch.id}`,
      details: { rows, sha256: batch.sha256, filter },
    });
  });
  response.end();
}

/** The export's rows, a batch at a time. */
async function* rowsOf(
  database: Database,
  spec: ExportKindSpec,
  filter: Record<string, string | undefined>,
  options: TxOptions,
): AsyncIterable<unknown[][]> {
  if ('rows' in spec) return yield* spec.rows(database, filter, options);
  const statement = cypher(spec.statement);
  for await (const records of database.streamReadBatches(statement, spec.params(filter), options))
    yield records.map(valuesOf);
}

/** A record's values in column order (by index: the driver's own `values()` is a slow generator). */
function valuesOf(record: Neo4jRecord): unknown[] {
  const values = new Array<unknown>(record.length);
  for (let i = 0; i < record.length; i++) values[i] = record.get(i);
  return values;
}
