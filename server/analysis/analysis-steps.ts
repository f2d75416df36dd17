// The steps a full recompute (recompute-analysis.ts) and an incremental analysis after a delta
// (analyse-delta.ts) share: scoring a set of handsets or dealers, and turning ring links into stored
// rings. Shared so that both paths score and group exactly alike.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { assessDealer, type DealerSignals } from './dealer-risk.ts';
import { assessHandset, type HandsetSignals } from './handset-risk.ts';
import { detectRings, ringId, type RingLink } from './rings.ts';
import { BORDER_CIRCLE_SIM_LIMIT, BORDER_CIRCLES, SIM_LIMIT } from '../ingest/identifiers.ts';

/** A handset with fewer numbers is an ordinary phone: nothing to score. */
export const MIN_NUMBERS = 4;
/** The longest life of a number that a farm used and dropped: one to three months' use and a little more. */
const THROWAWAY_LIFE_DAYS = 120;
/** Two months in another handset: the number has a phone of its own. */
const OWN_PHONE_DAYS = 60;

/** The legal limits the signals check identities against (handset-signals, dealer signals). */
export const LIMIT_PARAMETERS = {
  simLimit: neo4j.int(SIM_LIMIT),
  borderSimLimit: neo4j.int(BORDER_CIRCLE_SIM_LIMIT),
  borderCircles: BORDER_CIRCLES,
};
/** The handset score from which a dealer's numbers in it count against the dealer, and it joins rings. */
export const SUSPECT_HANDSET_SCORE = 40;
/** The share of a ring's numbers a dealer must have sold to be named as its supplier. */
const RING_SUPPLIER_SHARE = 0.1;
/** The largest planted farm has 26 handsets; a component several times that is split into communities. */
const MAX_RING_HANDSETS = 100;
const WRITE_BATCH = 5_000;
/** Keys per read: a list parameter this long keeps each statement's memory small. */
const READ_BATCH = 5_000;
/** Rings per evidence read: a national recompute has about two thousand, read in a few batches at once. */
const RING_EVIDENCE_BATCH = 250;

export interface HandsetAssessment {
  imei: string;
  score: number;
  reasons: string[];
  caution: string | null;
  cautionMessage: string | null;
}

/** Scores the handsets among `imeis` used by enough numbers and stores the scores; returns them. */
export async function scoreHandsets(
  database: Database,
  imeis: string[],
  scoredAt: string,
): Promise<HandsetAssessment[]> {
  const signals = await readInBatches<HandsetSignals>(
    database,
    'app/analysis/handset-signals',
    imeis,
    'imeis',
    {
      minNumbers: neo4j.int(MIN_NUMBERS),
      throwawayLifeDays: neo4j.int(THROWAWAY_LIFE_DAYS),
      ownPhoneDays: neo4j.int(OWN_PHONE_DAYS),
      ...LIMIT_PARAMETERS,
    },
  );
  const assessments = signals.map((handset) => {
    const { score, reasons, caution } = assessHandset(handset);
    return {
      imei: handset.imei,
      score,
      reasons,
      caution: caution?.kind ?? null,
      cautionMessage: caution?.message ?? null,
    };
  });
  await storeInBatches(database, 'app/analysis/store-handset-scores', scoredAt, assessments);
  return assessments;
}

/** Whether a handset counts against its dealers and joins rings. */
export const isSuspect = (handset: Pick<HandsetAssessment, 'score' | 'caution'>): boolean =>
  handset.score >= SUSPECT_HANDSET_SCORE && handset.caution === null;

export async function storeDealerScores(
  database: Database,
  dealers: DealerSignals[],
  scoredAt: string,
): Promise<void> {
  await storeInBatches(
    database,
    'app/analysis/store-dealer-scores',
    scoredAt,
    dealers.map((dealer) => ({ posId: dealer.posId, ...assessDealer(dealer) })),
  );
}

export interface StoredRing {
  id: string;
  handsets: string[];
  [evidence: string]: unknown;
}

/** The rings the links make, each with its evidence, ready for replace-rings. */
export async function ringsFromLinks(database: Database, links: RingLink[]): Promise<StoredRing[]> {
  const rings = detectRings(links, { maxRingHandsets: MAX_RING_HANDSETS }).map((handsets) => ({
    id: ringId(handsets),
    handsets,
  }));
  const evidence = await readInBatches<Record<string, unknown>>(
    database,
    'app/analysis/ring-evidence',
    rings,
    'rings',
    { minDealerShare: RING_SUPPLIER_SHARE },
    RING_EVIDENCE_BATCH,
  );
  const evidenceById = new Map(evidence.map((row) => [row.id, row]));
  return rings.map((ring) => ({ ...evidenceById.get(ring.id), ...ring }));
}

/** The ring links of the suspect handsets among `imeis`. */
export async function ringLinksOf(database: Database, imeis: string[]): Promise<RingLink[]> {
  const rows = await readInBatches<{ handset: string; links: string[] }>(
    database,
    'app/analysis/ring-links-of',
    imeis,
    'imeis',
    { minScore: SUSPECT_HANDSET_SCORE },
  );
  const links: RingLink[] = [];
  for (const { handset, links: shared } of rows) for (const link of shared) links.push({ handset, link });
  return links;
}

export async function readRows<T>(
  database: Database,
  statement: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  return database.readTx(
    async (tx) => (await tx.run(cypher(statement), params)).records.map((record) => record.toObject() as T),
    { timeoutMs: 600_000, metadata: { app: 'ringside', purpose: 'risk scores' } },
  );
}

/** One column of a statement's rows. */
export async function readColumn(
  database: Database,
  statement: string,
  column: string,
  params: Record<string, unknown>,
): Promise<string[]> {
  const rows = await readRows<Record<string, string>>(database, statement, params);
  return rows.map((row) => row[column]!);
}

/**
 * Read batches in flight at once: Neo4j runs each read on its own core, so two keep a two-core server
 * busy while the app waits on one; more would queue on the cores and hold more memory.
 */
const READ_CONCURRENCY = 2;

/**
 * Runs a statement over `keys` `batchSize` at a time (as the list parameter `name`), a few batches at once,
 * concatenating the rows in the order of the keys.
 */
export async function readInBatches<T>(
  database: Database,
  statement: string,
  keys: unknown[],
  name: string,
  params: Record<string, unknown>,
  batchSize = READ_BATCH,
): Promise<T[]> {
  const starts: number[] = [];
  for (let start = 0; start < keys.length; start += batchSize) starts.push(start);
  const batches: T[][] = new Array(starts.length);
  let next = 0;
  const worker = async () => {
    while (next < starts.length) {
      const index = next++;
      batches[index] = await readRows<T>(database, statement, {
        ...params,
        [name]: keys.slice(starts[index]!, starts[index]! + batchSize),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, starts.length) }, worker));
  // One at a time: spreading a national batch into push() overflows the call stack.
  const rows: T[] = [];
  for (const batch of batches) for (const row of batch) rows.push(row);
  return rows;
}

async function storeInBatches(
  database: Database,
  statement: string,
  scoredAt: string,
  assessments: object[],
): Promise<void> {
  for (let start = 0; start < assessments.length; start += WRITE_BATCH) {
    await database.writeTx((tx) =>
      tx.run(cypher(statement), { assessments: assessments.slice(start, start + WRITE_BATCH), scoredAt }),
    );
  }
}

/** Seconds since the previous call (or since it was made). */
export function stopwatch(): () => number {
  let last = Date.now();
  return () => {
    const now = Date.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}
