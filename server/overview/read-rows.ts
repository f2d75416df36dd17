// The overview's reads: the statements of cypher/app/overview/, sent together in a read transaction (the
// driver pipelines them: one session, one commit, no round trip waiting on another), since on a busy
// server a transaction's own costs weigh as much as these small reads.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database, TxOptions } from '../db/database.ts';

export async function overviewRows<T>(
  tx: ManagedTransaction,
  statement: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await tx.run(
    cypher(statement.includes('/') ? statement : `app/overview/${statement}`),
    params,
  );
  return result.records.map((record) => record.toObject() as T);
}

/** The one row of a statement that aggregates without grouping. */
export async function overviewRow<T>(
  tx: ManagedTransaction,
  statement: string,
  params: Record<string, unknown>,
): Promise<T> {
  const [row] = await overviewRows<T>(tx, statement, params);
  return row!;
}

const overviewTx = (section: string): TxOptions => ({
  timeoutMs: 10_000,
  metadata: { app: 'ringside', purpose: 'overview', section },
});

/** Reads one section's statements in one read transaction. */
export const readSection = <T>(
  database: Database,
  section: string,
  work: (tx: ManagedTransaction) => Promise<T>,
) => database.readTx(work, overviewTx(section));
