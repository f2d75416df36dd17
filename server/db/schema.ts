// Applies cypher/schema.cypher: every statement is IF NOT EXISTS, so applying it again changes nothing.
import { cypher, splitStatements } from './cypher-files.ts';
import type { Database } from './database.ts';

export async function applySchema(database: Database): Promise<number> {
  const statements = splitStatements(cypher('schema'));
  // Schema changes cannot share a transaction with each other's data, so each runs on its own.
  for (const statement of statements) {
    await database.writeTx((tx) => tx.run(statement), { metadata: { app: 'ringside', purpose: 'schema' } });
  }
  await database.readTx((tx) => tx.run(cypher('app/await-indexes')));
  return statements.length;
}
