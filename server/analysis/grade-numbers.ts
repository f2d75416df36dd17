// Grades numbers (rules in number-grade.ts) and stores the grades on their SIM nodes. Starts from
// handsets and numbers, never from every subscriber: the full recompute passes the suspect handsets (every
// graded number is one of theirs or shares an identity with one) and the ones that lost that standing
// (whose numbers may lose their grade), an incremental analysis what its delta touched. Run after the
// handset scores are stored: a number's grade follows its handsets' standing. Only numbers whose signals
// changed since their grade was given are read back and written (see number-grade-signals).
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { readRows, SUSPECT_HANDSET_SCORE } from './analysis-steps.ts';
import {
  GRADE_RULES_VERSION,
  gradeNumber,
  NUMBER_GRADES,
  type NumberGrade,
  type NumberSignals,
} from './number-grade.ts';

/** Handsets a read: about 70 numbers each, with their identities' numbers some 150,000 numbers. */
const HANDSET_BATCH = 2_000;
const NUMBER_BATCH = 5_000;
const WRITE_BATCH = 5_000;

interface GradeRow {
  msisdn: string;
  grade: NumberGrade | null;
  reasons: string[] | null;
  /** What the grade was given for, to skip the number until it changes. */
  signals: string[] | null;
}

export interface NumberGradesResult {
  /** Numbers (re)graded because their signals changed, by grade. */
  graded: Record<NumberGrade, number>;
  /** Numbers whose stored grade was removed: they no longer deserve one. */
  ungraded: number;
  seconds: number;
  /** Of which reading the signals and writing the grades. */
  readSeconds: number;
  writeSeconds: number;
}

/**
 * Grades every number of the handsets `imeis`, the numbers `msisdns`, and every number of their
 * identities, where its signals changed; the ones that no longer deserve a grade lose it.
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
    readSeconds: 0,
    writeSeconds: 0,
  };
  // A number of two handsets, or sharing an identity across batches, comes back more than once.
  const seen = new Set<string>();
  const batches = [
    ...chunks(from.imeis, HANDSET_BATCH).map((imeis) => ({ imeis, msisdns: [] })),
    ...chunks(from.msisdns, NUMBER_BATCH).map((msisdns) => ({ imeis: [], msisdns })),
  ];
  for (const batch of batches) {
    let lap = Date.now();
    const signals = await readRows<NumberSignals & { signals: string[] | null }>(
      database,
      'app/analysis/number-grade-signals',
      { ...batch, minScore: SUSPECT_HANDSET_SCORE, rules: GRADE_RULES_VERSION },
    );
    result.readSeconds += (Date.now() - lap) / 1000;
    lap = Date.now();
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
        signals: assessment ? number.signals : null,
      });
    }
    for (const grades of chunks(rows, WRITE_BATCH))
      await database.writeTx((tx) =>
        tx.run(cypher('app/analysis/store-number-grades'), { grades, gradedAt }),
      );
    result.writeSeconds += (Date.now() - lap) / 1000;
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

/**
 * A full recompute's grading: every number of the suspect handsets `suspects` and of their identities
 * (the only numbers a grade can be given to), and of the handsets `suspectsBefore` that are no longer
 * suspect (the only numbers that can have lost their grade).
 */
export function gradeAllNumbers(
  database: Database,
  suspects: string[],
  suspectsBefore: string[],
  gradedAt: string,
): Promise<NumberGradesResult> {
  const now = new Set(suspects);
  const imeis = [...suspects, ...suspectsBefore.filter((imei) => !now.has(imei))];
  return gradeNumbers(database, { imeis, msisdns: [] }, gradedAt);
}

/** "12 very high, 30 high, 8 medium". */
export const gradeCounts = (graded: NumberGradesResult['graded']): string =>
  NUMBER_GRADES.map((grade) => `${graded[grade]} ${grade.replace('_', ' ')}`).join(', ');

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
