// Ranked suspects, read from the scores the last recompute stored (number grades follow from them).
import neo4j, { type Node } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { toNodeElement } from '../graph/elements.ts';
import type { CautionKind } from './handset-risk.ts';
import { SUSPECT_HANDSET_SCORE } from './analysis-steps.ts';
import { readNumberGrades } from './grade-numbers.ts';
import { gradeSources, NUMBER_GRADES, type NumberGrade } from './number-grade.ts';

/** Below this, a handset has no reason worth an officer's time: it is scored but not listed. */
export const LISTED_HANDSET_SCORE = 10;

type Properties = Record<string, unknown>;

/**
 * The nodes a ranked-list statement returns (one column), each turned into a list entry from its element
 * data (id, key, caption) and its stored properties.
 */
function readRankedNodes<T>(
  database: Database,
  statement: string,
  params: Record<string, unknown>,
  toEntry: (data: { id: string; key: string; caption: string }, properties: Properties) => T,
): Promise<T[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher(statement), params);
    return result.records.map((record) => {
      const node = record.get(0) as Node;
      return toEntry(toNodeElement(node).data, node.properties);
    });
  });
}

export interface SuspectHandset {
  id: string;
  imei: string;
  caption: string;
  status: string;
  score: number;
  reasons: string[];
  /** Set for innocent look-alikes: blocking them would hurt honest people. */
  caution: { kind: CautionKind; message: string } | null;
}

export async function suspectHandsets(
  database: Database,
  limit: number,
  circles: readonly string[] | null = null,
): Promise<SuspectHandset[]> {
  return readRankedNodes(
    database,
    'app/analysis/suspect-handsets',
    { limit: neo4j.int(limit), circles, minScore: LISTED_HANDSET_SCORE },
    (data, p) => ({
      id: data.id,
      imei: data.key,
      caption: data.caption,
      status: String(p.status),
      score: Number(p.riskScore),
      reasons: (p.riskReasons as string[]) ?? [],
      caution: p.caution ? { kind: p.caution as CautionKind, message: String(p.cautionMessage) } : null,
    }),
  );
}

export interface SuspectDealer {
  id: string;
  posId: string;
  name: string;
  operator: string;
  circle: string;
  status: string;
  score: number;
  reasons: string[];
}

export async function suspectDealers(
  database: Database,
  limit: number,
  circles: readonly string[] | null = null,
): Promise<SuspectDealer[]> {
  return readRankedNodes(
    database,
    'app/analysis/suspect-dealers',
    { limit: neo4j.int(limit), circles },
    (data, p) => ({
      id: data.id,
      posId: data.key,
      name: data.caption,
      operator: String(p.operator),
      circle: String(p.circle),
      status: String(p.status),
      score: Number(p.riskScore),
      reasons: (p.riskReasons as string[]) ?? [],
    }),
  );
}

export interface SuspectNumber {
  id: string;
  msisdn: string;
  caption: string;
  operator: string;
  circle: string;
  status: string;
  grade: NumberGrade;
  reasons: string[];
}

/**
 * Numbers of the grade asked for, or of every grade most severe first, at most `limit`: within a grade,
 * numbers of the riskiest suspect handsets first, then numbers graded by their identity, by number
 * (number-grade.ts: gradeSources). Grades and reasons are worked out as they are read.
 */
export async function suspectNumbers(
  database: Database,
  grade: NumberGrade | undefined,
  limit: number,
  circles: readonly string[] | null = null,
): Promise<SuspectNumber[]> {
  const sources = gradeSources(SUSPECT_HANDSET_SCORE);
  const numbers: (Omit<SuspectNumber, 'reasons'> & { grade: NumberGrade })[] = [];
  const listed = (grade ? [grade] : NUMBER_GRADES).flatMap((each) =>
    sources[each].map((source) => ({ grade: each, source })),
  );
  for (const { grade: listedGrade, source } of listed) {
    if (numbers.length >= limit) break;
    const remaining = neo4j.int(limit - numbers.length);
    const page = await readRankedNodes(
      database,
      source.kind === 'handsets'
        ? 'app/analysis/graded-numbers-in-handsets'
        : 'app/analysis/identity-graded-numbers',
      source.kind === 'handsets'
        ? { ...source, minScore: SUSPECT_HANDSET_SCORE, limit: remaining, circles }
        : { grade: source.grade, limit: remaining, circles },
      (data, p) => ({
        id: data.id,
        msisdn: data.key,
        caption: data.caption,
        operator: String(p.operator),
        circle: String(p.circle),
        status: String(p.status),
        grade: listedGrade,
      }),
    );
    numbers.push(...page);
  }
  const msisdns = numbers.map((number) => number.msisdn);
  const grades = await database.readTx((tx) => readNumberGrades(tx, msisdns));
  // A grade that moved between the two reads (a recompute ran) leaves the list rather than show wrongly.
  return numbers.flatMap((number) => {
    const reading = grades.get(number.msisdn);
    return reading?.grade === number.grade ? [{ ...number, reasons: reading.reasons }] : [];
  });
}
