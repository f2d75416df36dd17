// Ranked suspects, read from the scores the last recompute stored (number grades follow from them).
import neo4j, { type Node } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database, TxOptions } from '../db/database.ts';
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
  const numbers: SuspectNumber[] = [];
  for await (const batch of streamSuspectNumbers(database, grade, limit, circles)) numbers.push(...batch);
  return numbers;
}

/** Numbers graded in one read: a few thousand, so that a list of millions is graded as it streams. */
const GRADED_TOGETHER = 5000;

/**
 * suspectNumbers a batch at a time, as the numbers are read: the list of every graded number (the banks'
 * export, up to millions) is never held whole.
 */
export async function* streamSuspectNumbers(
  database: Database,
  grade: NumberGrade | undefined,
  limit: number,
  circles: readonly string[] | null = null,
  options: TxOptions = {},
): AsyncGenerator<SuspectNumber[]> {
  const sources = gradeSources(SUSPECT_HANDSET_SCORE);
  const listed = (grade ? [grade] : NUMBER_GRADES).flatMap((each) =>
    sources[each].map((source) => ({ grade: each, source })),
  );
  let read = 0;
  for (const { grade: listedGrade, source } of listed) {
    if (read >= limit) break;
    const remaining = neo4j.int(limit - read);
    const [statement, params] =
      source.kind === 'handsets'
        ? [
            'app/analysis/graded-numbers-in-handsets',
            { ...source, minScore: SUSPECT_HANDSET_SCORE, limit: remaining, circles },
          ]
        : ['app/analysis/identity-graded-numbers', { grade: source.grade, limit: remaining, circles }];
    for await (const records of database.streamReadBatches(cypher(statement), params, {
      ...options,
      batchSize: GRADED_TOGETHER,
    })) {
      const numbers = records.map((record) => listedNumber(record.get(0) as Node, listedGrade));
      read += numbers.length;
      const msisdns = numbers.map((number) => number.msisdn);
      const grades = await database.readTx((tx) => readNumberGrades(tx, msisdns));
      // A grade that moved between the two reads (a recompute ran) leaves the list rather than show wrongly.
      const graded = numbers.flatMap((number) => {
        const reading = grades.get(number.msisdn);
        return reading?.grade === number.grade ? [{ ...number, reasons: reading.reasons }] : [];
      });
      if (graded.length > 0) yield graded;
    }
  }
}

/** A number as a source lists it, under the grade it is listed for (its reasons come with its reading). */
function listedNumber(node: Node, grade: NumberGrade): Omit<SuspectNumber, 'reasons'> {
  const { data } = toNodeElement(node);
  return {
    id: data.id,
    msisdn: data.key,
    caption: data.caption,
    operator: String(node.properties.operator),
    circle: String(node.properties.circle),
    status: String(node.properties.status),
    grade,
  };
}
