// Streams an export to the client as CSV, row by row as Neo4j sends them (memory stays flat however long
// the list), hashing the bytes on the way; a completed export is recorded as an ExportBatch with its
// audit event, in one transaction. An export the client abandons is not recorded.
import { createHash, randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
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
    hash.update(text);
    if (!response.write(text)) await drainedOrClosed(response);
  };

  for await (const values of rowsOf(database, spec, filter, kind, actor)) {
    if (response.destroyed) return; // the client went away: stop the query, record nothing
    chunk += csvLine(values);
    rows++;
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

async function* rowsOf(
  database: Database,
  spec: ExportKindSpec,
  filter: Record<string, string | undefined>,
  kind: ExportKind,
  actor: Actor,
): AsyncIterable<unknown[]> {
  if ('rows' in spec) return yield* spec.rows(database);
  for await (const record of database.streamRead(cypher(spec.statement), spec.params(filter), {
    timeoutMs: 15 * 60_000,
    metadata: { app: 'ringside', export: kind, user: actor.username },
  })) {
    yield Array.from(record.values());
  }
}
