// Grades numbers (rules in number-grade.ts) and stores the grades on their SIM nodes. Starts from
// handsets and numbers, never from every subscriber: the full recompute passes the suspect handsets (every
// graded number is one of theirs or shares an identity with one), an incremental analysis what its delta
// touched. Run after the handset scores are stored: a number's grade follows its handsets' standing.
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { readRows, SUSPECT_HANDSET_SCORE } from './analysis-steps.ts';
import { gradeNumber, NUMBER_GRADES, type NumberGrade, type NumberSignals } from './number-grade.ts';

/** Handsets a read: about 70 numbers each and their identities' numbers make a row set of some 40,000. */
const HANDSET_BATCH = 500;
const NUMBER_BATCH = 5_000;
const WRITE_BATCH = 5_000;

interface GradeRow {
  msisdn: string;
  grade: NumberGrade | null;
  reasons: string[] | null;
}

export interface NumberGradesResult {
  /** Numbers graded, by grade. */
  graded: Record<NumberGrade, number>;
  /** Numbers looked at that deserve no grade (their stored grade, if any, is removed). */
  ungraded: number;
  seconds: number;
}

/**
 * Grades every number of the handsets `imeis`, the numbers `msisdns`, and every number of their
 * identities; the ones that no longer deserve a grade lose it.
 */
export async function gradeNumbers(
  database: Database,
  from: { imeis: string[]; msisdns: string[] },
  gradedAt: string,
): Promise<NumberGradesResult> {
  const started = Date.now();
  const result: NumberGradesResult = {
    graded: Object.fromEntries(NUMBER_GRADES.map((grade) => [grade, 0])) as Record<NumberGrade, number>,
    ungraded: 0,
    seconds: 0,
  };
  // A number of two handsets, or sharing an identity across batches, comes back more than once.
  const seen = new Set<string>();
  const batches = [
    ...chunks(from.imeis, HANDSET_BATCH).map((imeis) => ({ imeis, msisdns: [] })),
    ...chunks(from.msisdns, NUMBER_BATCH).map((msisdns) => ({ imeis: [], msisdns })),
  ];
  for (const batch of batches) {
    const signals = await readRows<NumberSignals>(database, 'app/analysis/number-grade-signals', {
      ...batch,
      minScore: SUSPECT_HANDSET_SCORE,
    });
    const rows: GradeRow[] = [];
    for (const number of signals) {
      if (seen.has(number.msisdn)) continue;
      seen.add(number.msisdn);
      const assessment = gradeNumber(number);
      if (assessment) result.graded[assessment.grade]++;
      else result.ungraded++;
      rows.push({
        msisdn: number.msisdn,
        grade: assessment?.grade ?? null,
        reasons: assessment?.reasons ?? null,
      });
    }
    for (const grades of chunks(rows, WRITE_BATCH))
      await database.writeTx((tx) =>
        tx.run(cypher('app/analysis/store-number-grades'), { grades, gradedAt }),
      );
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

/** After a full recompute: removes the grades an earlier one left on numbers this one did not grade. */
export const clearStaleNumberGrades = (database: Database, gradedAt: string) =>
  database.writeTx((tx) => tx.run(cypher('app/analysis/clear-stale-number-grades'), { gradedAt }));

/** "12 very high, 30 high, 8 medium". */
export const gradeCounts = (graded: NumberGradesResult['graded']): string =>
  NUMBER_GRADES.map((grade) => `${graded[grade]} ${grade.replace('_', ' ')}`).join(', ');

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
