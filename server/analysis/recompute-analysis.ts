// Scores every handset worth scoring and every dealer, and finds the rings, storing the results in the
// graph so that the suspects and rings APIs read an index instead of analysing per request. Runs after
// a first load and on demand (`npm run analyse`); after a delta, analyse-delta.ts rescores what it touched.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import {
  isSuspect,
  LIMIT_PARAMETERS,
  MIN_NUMBERS,
  readColumn,
  readRows,
  ringLinksOf,
  ringsFromLinks,
  scoreHandsets,
  storeDealerScores,
  SUSPECT_HANDSET_SCORE,
} from './analysis-steps.ts';
import type { DealerSignals } from './dealer-risk.ts';
import { gradeAllNumbers, gradeCounts, type NumberGradesResult } from './grade-numbers.ts';

export interface RecomputeResult {
  handsetsScored: number;
  dealersScored: number;
  /** Numbers graded, by grade, and the time it took (part of `seconds`). */
  grading: NumberGradesResult;
  rings: number;
  seconds: number;
  /** Where the time went: handsets (candidates and scores), then number grades, dealers and rings, which run
   * at the same time (their sum is more than the whole). */
  stepSeconds: { handsets: number; grades: number; dealers: number; rings: number };
}

export async function recomputeAnalysis(database: Database): Promise<RecomputeResult> {
  const started = Date.now();
  const scoredAt = new Date().toISOString();

  const { result: handsets, seconds: handsetSeconds } = await timed(async () => {
    const candidates = await readColumn(database, 'app/analysis/handsets-to-score', 'imei', {
      minNumbers: neo4j.int(MIN_NUMBERS),
    });
    const scored = await scoreHandsets(database, candidates, scoredAt);
    await database.writeTx((tx) => tx.run(cypher('app/analysis/clear-stale-handset-scores'), { scoredAt }));
    return scored;
  });

  // Number grades, dealers and rings each follow from the stored handset scores alone: run together, so
  // that one's single long statement (the dealers') and another's JS (ring detection) overlap on the cores.
  const suspects = handsets.filter(isSuspect).map((handset) => handset.imei);
  const [grading, dealers, rings] = await Promise.all([
    timed(() => gradeAllNumbers(database, suspects, scoredAt)),
    timed(() => recomputeDealers(database, scoredAt)),
    timed(() => recomputeRings(database, scoredAt)),
  ]);
  return {
    handsetsScored: handsets.length,
    dealersScored: dealers.result.length,
    grading: grading.result,
    rings: rings.result,
    seconds: (Date.now() - started) / 1000,
    stepSeconds: {
      handsets: handsetSeconds,
      grades: grading.seconds,
      dealers: dealers.seconds,
      rings: rings.seconds,
    },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = Date.now();
  const result = await work();
  return { result, seconds: (Date.now() - started) / 1000 };
}

/** Dealers are judged by the handsets their numbers went into: after the handset scores are stored. */
async function recomputeDealers(database: Database, scoredAt: string): Promise<DealerSignals[]> {
  const dealers = dealerSignalsFrom(
    await readRows<DealerSignalRow>(database, 'app/analysis/dealer-signals', {
      minHandsetScore: SUSPECT_HANDSET_SCORE,
      ...LIMIT_PARAMETERS,
    }),
  );
  await storeDealerScores(database, dealers, scoredAt);
  return dealers;
}

/** Rings among the suspect handsets, with their evidence, replacing the previous ones in one transaction. */
async function recomputeRings(database: Database, computedAt: string): Promise<number> {
  const suspects = await readColumn(database, 'app/analysis/ring-candidates', 'imei', {
    minScore: SUSPECT_HANDSET_SCORE,
  });
  const rings = await ringsFromLinks(database, await ringLinksOf(database, suspects));
  await database.writeTx(async (tx) => {
    await tx.run(cypher('app/analysis/clear-rings'));
    await tx.run(cypher('app/analysis/replace-rings'), { rings, computedAt });
  });
  return rings.length;
}

interface DealerSignalRow {
  posId: string;
  signal: Exclude<keyof DealerSignals, 'posId' | 'busiestSuspectHandsetImei'>;
  value: number;
  /** The busiest suspect handset's IMEI, on that signal's row. */
  evidence: string | null;
}

/** Folds the statement's (posId, signal, value) rows into one record a dealer; absent signals are 0. */
function dealerSignalsFrom(rows: DealerSignalRow[]): DealerSignals[] {
  const byDealer = new Map<string, DealerSignals>();
  for (const { posId, signal, value, evidence } of rows) {
    let dealer = byDealer.get(posId);
    if (!dealer) {
      dealer = {
        posId,
        sold: 0,
        suspectNumbers: 0,
        busiestSuspectHandset: 0,
        busiestSuspectHandsetImei: null,
        repeatBuyerNumbers: 0,
        suspectHandsets: 0,
        reportedNumbers: 0,
        overLimitNumbers: 0,
      };
      byDealer.set(posId, dealer);
    }
    dealer[signal] = value;
    if (signal === 'busiestSuspectHandset') dealer.busiestSuspectHandsetImei = evidence;
  }
  return [...byDealer.values()];
}

export const summariseAnalysis = (result: RecomputeResult): string =>
  `risk scores: ${result.handsetsScored} handsets and ${result.dealersScored} dealers scored, ` +
  `${result.rings} rings found, numbers outside suspect handsets (re)graded ` +
  `${gradeCounts(result.grading.graded)} (${result.grading.ungraded} grades removed), ` +
  `in ${result.seconds.toFixed(1)} s (grading ${result.grading.seconds.toFixed(1)} s)`;
