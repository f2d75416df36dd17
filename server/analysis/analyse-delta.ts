// Incremental analysis after a delta import: rescores only the handsets, dealers and rings the delta can
// have changed (see delta-handsets and delta-dealers for why each is in scope), with the same statements
// and rules as the full recompute, so the stored scores and rings end exactly as `npm run analyse` leaves
// them. Every write is idempotent: a retried or repeated run changes nothing more.
// Numbers are regraded where the delta can change a grade: the numbers of the handsets in scope (their
// standing and scores), the delta's own numbers (new handsets, complaints, identities), and every number
// of those numbers' identities (an identity's count of numbers in suspect handsets).
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { DeltaScope } from '../ingest/delta-scope.ts';
import {
  isSuspect,
  LIMIT_PARAMETERS,
  readColumn,
  readInBatches,
  ringsFromLinks,
  scoreHandsets,
  storeDealerScores,
  stopwatch,
  SUSPECT_HANDSET_SCORE,
} from './analysis-steps.ts';
import type { DealerSignals } from './dealer-risk.ts';
import { gradeCounts, gradeNumbers, type NumberGradesResult } from './grade-numbers.ts';
import { ringNeighbourhood } from './ring-neighbourhood.ts';

export interface DeltaAnalysisResult {
  handsetsRescored: number;
  /** Handsets in scope that no longer qualify for a score (it was removed). */
  handsetsCleared: number;
  dealersRescored: number;
  /** Numbers whose grade was given or changed, by grade, and grades removed. */
  numbersGraded: NumberGradesResult['graded'];
  numbersUngraded: number;
  /** Stored rings removed, and rings stored in their place. */
  ringsReplaced: number;
  ringsStored: number;
  seconds: number;
  /** Where the time went: handsets (scope and scores), number grades, dealers, rings. */
  stepSeconds: { handsets: number; grades: number; dealers: number; rings: number };
}

export async function analyseDelta(database: Database, scope: DeltaScope): Promise<DeltaAnalysisResult> {
  const started = Date.now();
  const lap = stopwatch();
  const scoredAt = new Date().toISOString();

  const imeis = await readColumn(database, 'app/analysis/delta-handsets', 'imei', {
    msisdns: scope.msisdns,
    kycIds: scope.kycIds,
    photoHashes: scope.photoHashes,
    imeis: scope.imeis,
  });
  const suspectBefore = new Set(
    await readInBatches<{ imei: string }>(database, 'app/analysis/suspect-handsets-among', imeis, 'imeis', {
      minScore: SUSPECT_HANDSET_SCORE,
    }).then((rows) => rows.map((row) => row.imei)),
  );
  const scored = await scoreHandsets(database, imeis, scoredAt);
  const scoredImeis = new Set(scored.map((handset) => handset.imei));
  const unscored = imeis.filter((imei) => !scoredImeis.has(imei));
  await database.writeTx((tx) => tx.run(cypher('app/analysis/clear-handset-scores'), { imeis: unscored }));

  const handsetSeconds = lap();

  const grades = await gradeNumbers(database, { imeis, msisdns: scope.msisdns }, scoredAt);
  const gradeSeconds = lap();

  // A dealer's suspect numbers change with the standing of the handsets they went into.
  const suspectAfter = new Set(scored.filter(isSuspect).map((handset) => handset.imei));
  const changedStanding = imeis.filter((imei) => suspectBefore.has(imei) !== suspectAfter.has(imei));
  const posIds = await readColumn(database, 'app/analysis/delta-dealers', 'posId', {
    posIds: scope.posIds,
    msisdns: scope.msisdns,
    kycIds: scope.kycIds,
    imeis: changedStanding,
    minHandsetScore: SUSPECT_HANDSET_SCORE,
  });
  const dealers = await readInBatches<DealerSignals>(
    database,
    'app/analysis/dealer-signals-of',
    posIds,
    'posIds',
    { minHandsetScore: SUSPECT_HANDSET_SCORE, ...LIMIT_PARAMETERS },
  );
  await storeDealerScores(database, dealers, scoredAt);
  const dealerSeconds = lap();

  const neighbourhood = await ringNeighbourhood(database, imeis);
  const rings = await ringsFromLinks(database, neighbourhood.links);
  // Removing the new rings' ids too makes a retry after a lost commit replace them, not fail on the key.
  const removed = [...new Set([...neighbourhood.storedRingIds, ...rings.map((ring) => ring.id)])];
  await database.writeTx(async (tx) => {
    await tx.run(cypher('app/analysis/delete-rings'), { ids: removed });
    await tx.run(cypher('app/analysis/replace-rings'), { rings, computedAt: scoredAt });
  });

  return {
    handsetsRescored: scored.length,
    handsetsCleared: unscored.length,
    dealersRescored: dealers.length,
    numbersGraded: grades.graded,
    numbersUngraded: grades.ungraded,
    ringsReplaced: neighbourhood.storedRingIds.length,
    ringsStored: rings.length,
    seconds: (Date.now() - started) / 1000,
    stepSeconds: { handsets: handsetSeconds, grades: gradeSeconds, dealers: dealerSeconds, rings: lap() },
  };
}

export const summariseDeltaAnalysis = (result: DeltaAnalysisResult): string =>
  `incremental risk scores: ${result.handsetsRescored} handsets and ${result.dealersRescored} dealers ` +
  `rescored, ${result.handsetsCleared} scores cleared, ${result.ringsReplaced} rings replaced by ` +
  `${result.ringsStored}, numbers (re)graded ${gradeCounts(result.numbersGraded)} ` +
  `(${result.numbersUngraded} grades removed), in ${result.seconds.toFixed(1)} s`;
