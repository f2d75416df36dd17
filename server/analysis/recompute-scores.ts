// Scores every handset worth scoring and stores the result on the handset, so the suspects list is a
// read of an index, not an analysis per request. Runs after each import and on demand.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { assessHandset, type HandsetSignals } from './handset-risk.ts';

/** A handset with fewer numbers is an ordinary phone: nothing to score. */
const MIN_NUMBERS = 5;
const WRITE_BATCH = 5_000;

export interface RecomputeResult {
  handsetsScored: number;
  seconds: number;
}

export async function recomputeScores(database: Database): Promise<RecomputeResult> {
  const started = Date.now();
  const signals = await database.readTx(
    async (tx) => {
      const result = await tx.run(cypher('app/analysis/handset-signals'), {
        minNumbers: neo4j.int(MIN_NUMBERS),
      });
      return result.records.map((record) => record.toObject() as HandsetSignals);
    },
    { timeoutMs: 600_000, metadata: { app: 'ringside', purpose: 'risk scores' } },
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
  const scoredAt = new Date().toISOString();
  for (let start = 0; start < assessments.length; start += WRITE_BATCH) {
    await database.writeTx((tx) =>
      tx.run(cypher('app/analysis/store-handset-scores'), {
        assessments: assessments.slice(start, start + WRITE_BATCH),
        scoredAt,
      }),
    );
  }
  await database.writeTx((tx) => tx.run(cypher('app/analysis/clear-stale-handset-scores'), { scoredAt }));
  return { handsetsScored: assessments.length, seconds: (Date.now() - started) / 1000 };
}
