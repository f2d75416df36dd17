// The overview's reads: each statement of cypher/app/overview/ in a read transaction of its own, so the
// sections' statements run side by side on Neo4j's cores.
import type { Database } from '../db/database.ts';
import { cypher } from '../db/cypher-files.ts';

export async function readOverviewRows<T>(
  database: Database,
  statement: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  return database.readTx(
    async (tx) =>
      (await tx.run(cypher(`app/overview/${statement}`), params)).records.map(
        (record) => record.toObject() as T,
      ),
    { timeoutMs: 10_000, metadata: { app: 'ringside', purpose: 'overview', statement } },
  );
}

/** The one row of a statement that aggregates without grouping. */
export async function readOverviewRow<T>(
  database: Database,
  statement: string,
  params: Record<string, unknown>,
): Promise<T> {
  const [row] = await readOverviewRows<T>(database, statement, params);
  return row!;
}
