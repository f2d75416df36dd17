// The analysis's stored results as plain data, to compare two ways of computing them (an incremental
// analysis against a full recompute).
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

export interface StoredResults {
  handsets: Record<string, unknown>[];
  dealers: Record<string, unknown>[];
  numbers: Record<string, unknown>[];
  rings: Record<string, unknown>[];
}

export async function readStoredResults(database: Database): Promise<StoredResults> {
  return database.readTx(async (tx) => {
    const [record] = (await tx.run(cypher('app/analysis/stored-results'))).records;
    return record!.toObject() as unknown as StoredResults;
  });
}

/** Which of the kinds of results differ, and how many items of each. */
export function resultDifferences(a: StoredResults, b: StoredResults): Record<keyof StoredResults, number> {
  const differing = (x: Record<string, unknown>[], y: Record<string, unknown>[]) => {
    const seen = new Set(x.map((item) => JSON.stringify(item)));
    const other = new Set(y.map((item) => JSON.stringify(item)));
    return (
      [...seen].filter((item) => !other.has(item)).length +
      [...other].filter((item) => !seen.has(item)).length
    );
  };
  return {
    handsets: differing(a.handsets, b.handsets),
    dealers: differing(a.dealers, b.dealers),
    numbers: differing(a.numbers, b.numbers),
    rings: differing(a.rings, b.rings),
  };
}
