// Number risk grades (rules in number-grade.ts): storing the few that must be stored, and working out any
// number's grade and reasons when it is shown.
// A number of a suspect handset takes its grade from that handset's stored score, so it is graded when
// read: a recompute then never writes the two million farm numbers of a national load (that alone took
// two minutes). Stored are only the grades of numbers outside suspect handsets, which come from their
// identity's other numbers: rare, and needed in the (riskGrade, msisdn) index to list a grade. Run after
// the handset scores are stored, starting from handsets and numbers, never from every subscriber.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { readColumn, readInBatches, SUSPECT_HANDSET_SCORE } from './analysis-steps.ts';
import { gradeNumber, NUMBER_GRADES, type NumberGrade, type NumberSignals } from './number-grade.ts';

/** Handsets a read: about 70 numbers each, with their identities' numbers some 150,000 numbers. */
const HANDSET_BATCH = 2_000;
const NUMBER_BATCH = 5_000;
const WRITE_BATCH = 5_000;

export interface NumberGradesResult {
  /** Stored grades given or changed (numbers outside suspect handsets), by grade. */
  graded: Record<NumberGrade, number>;
  /** Stored grades removed: the number no longer deserves one, or is now graded by a suspect handset. */
  ungraded: number;
  seconds: number;
}

interface IdentityGradeRow {
  msisdn: string;
  inSuspectHandset: boolean;
  identitySuspectNumbers: number;
  complaints: number;
  stored: NumberGrade | null;
}

/**
 * Stores the grades of the numbers outside suspect handsets among every number of the identities of the
 * handsets `imeis`' numbers and of the numbers `msisdns`, where a grade changed.
 */
export async function gradeNumbers(
  database: Database,
  from: { imeis: string[]; msisdns: string[] },
  gradedAt: string,
): Promise<NumberGradesResult> {
  const started = Date.now();
  const params = { minScore: SUSPECT_HANDSET_SCORE };
  const rows = [
    ...(await readInBatches<IdentityGradeRow>(
      database,
      'app/analysis/identity-grade-signals',
      from.imeis,
      'imeis',
      { ...params, msisdns: [] },
      HANDSET_BATCH,
    )),
    ...(await readInBatches<IdentityGradeRow>(
      database,
      'app/analysis/identity-grade-signals',
      from.msisdns,
      'msisdns',
      { ...params, imeis: [] },
      NUMBER_BATCH,
    )),
  ];
  const result: NumberGradesResult = {
    graded: Object.fromEntries(NUMBER_GRADES.map((grade) => [grade, 0])) as Record<NumberGrade, number>,
    ungraded: 0,
    seconds: 0,
  };
  // A number shared by two batches' identities comes back twice.
  const changes = new Map<string, { msisdn: string; grade: NumberGrade | null }>();
  for (const row of rows) {
    const grade = row.inSuspectHandset ? null : (gradeNumber({ ...row, suspectHandsets: [] })?.grade ?? null);
    if (grade === row.stored || changes.has(row.msisdn)) continue;
    changes.set(row.msisdn, { msisdn: row.msisdn, grade });
    if (grade) result.graded[grade]++;
    else result.ungraded++;
  }
  const grades = [...changes.values()];
  for (let start = 0; start < grades.length; start += WRITE_BATCH)
    await database.writeTx((tx) =>
      tx.run(cypher('app/analysis/store-number-grades'), {
        grades: grades.slice(start, start + WRITE_BATCH),
        gradedAt,
      }),
    );
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

/**
 * A full recompute's grading: the numbers of the identities of the suspect handsets `suspects`' numbers
 * (the only numbers outside suspect handsets that can deserve a grade), and every number holding one
 * (which may have lost it).
 */
export async function gradeAllNumbers(
  database: Database,
  suspects: string[],
  gradedAt: string,
): Promise<NumberGradesResult> {
  const graded = await readColumn(database, 'app/analysis/identity-graded-msisdns', 'msisdn', {});
  return gradeNumbers(database, { imeis: suspects, msisdns: graded }, gradedAt);
}

export interface NumberGradeReading {
  grade: NumberGrade;
  reasons: string[];
  /** When the analysis that gave the grade ran. */
  gradedAt: string | null;
}

/**
 * The current grade and reasons of each of the numbers `msisdns` that has one, in the caller's read
 * transaction (a node's details, a page of the list: the request's own timeout applies).
 */
export async function readNumberGrades(
  tx: ManagedTransaction,
  msisdns: string[],
): Promise<Map<string, NumberGradeReading>> {
  interface GradeSignalsRow extends NumberSignals {
    suspectHandsets: { imei: string; score: number; scoredAt: string | null }[];
    gradedAt: string | null;
  }
  const result = await tx.run(cypher('app/analysis/number-grade-signals'), {
    msisdns,
    minScore: SUSPECT_HANDSET_SCORE,
  });
  const rows = result.records.map((record) => record.toObject() as GradeSignalsRow);
  const grades = new Map<string, NumberGradeReading>();
  for (const row of rows) {
    const assessment = gradeNumber(row);
    if (!assessment) continue;
    const handsetTimes = row.suspectHandsets.map((handset) => handset.scoredAt ?? '').sort();
    grades.set(row.msisdn, { ...assessment, gradedAt: handsetTimes.at(-1) || row.gradedAt });
  }
  return grades;
}

/** "12 very high, 30 high, 8 medium". */
export const gradeCounts = (graded: NumberGradesResult['graded']): string =>
  NUMBER_GRADES.map((grade) => `${graded[grade]} ${grade.replace('_', ' ')}`).join(', ');
