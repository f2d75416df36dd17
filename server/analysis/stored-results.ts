// The analysis's stored results as plain data, to compare two ways of computing them (an incremental
// analysis against a full recompute).
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { SUSPECT_HANDSET_SCORE } from './analysis-steps.ts';
import { readNumberGrades } from './grade-numbers.ts';

export interface StoredResults {
  handsets: Record<string, unknown>[];
  dealers: Record<string, unknown>[];
  numbers: Record<string, unknown>[];
  rings: Record<string, unknown>[];
}

/** Number grades are worked out as they are read: the results hold each graded number's grade and reasons. */
export async function readStoredResults(database: Database): Promise<StoredResults> {
  const stored = await database.readTx(async (tx) => {
    const [record] = (
      await tx.run(cypher('app/analysis/stored-results'), { minScore: SUSPECT_HANDSET_SCORE })
    ).records;
    return record!.toObject() as unknown as Omit<StoredResults, 'numbers'> & { numbers: string[] };
  });
  const numbers: Record<string, unknown>[] = [];
  for (let start = 0; start < stored.numbers.length; start += GRADE_BATCH) {
    const batch = stored.numbers.slice(start, start + GRADE_BATCH);
    const grades = await database.readTx((tx) => readNumberGrades(tx, batch));
    for (const msisdn of batch) {
      const reading = grades.get(msisdn);
      if (reading) numbers.push({ msisdn, grade: reading.grade, reasons: reading.reasons });
    }
  }
  return { ...stored, numbers };
}

const GRADE_BATCH = 5_000;

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
