// Scores every handset worth scoring and every dealer, and finds the rings, storing the results in the
// graph so that the suspects and rings APIs read an index instead of analysing per request. Runs after
// each import and on demand.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { assessDealer, type DealerSignals } from './dealer-risk.ts';
import { assessHandset, type HandsetSignals } from './handset-risk.ts';
import { detectRings, ringId, type RingLink } from './rings.ts';

/** A handset with fewer numbers is an ordinary phone: nothing to score. */
const MIN_NUMBERS = 5;
/** The handset score from which a dealer's numbers in it count against the dealer. */
const SUSPECT_HANDSET_SCORE = 40;
/** The share of a ring's numbers a dealer must have sold to be named as its supplier. */
const RING_SUPPLIER_SHARE = 0.1;
/** The largest planted farm has 26 handsets; a component several times that is split into communities. */
const MAX_RING_HANDSETS = 100;
const WRITE_BATCH = 5_000;

export interface RecomputeResult {
  handsetsScored: number;
  dealersScored: number;
  rings: number;
  seconds: number;
}

export async function recomputeAnalysis(database: Database): Promise<RecomputeResult> {
  const started = Date.now();
  const scoredAt = new Date().toISOString();

  const handsets = await readSignals<HandsetSignals>(database, 'app/analysis/handset-signals', {
    minNumbers: neo4j.int(MIN_NUMBERS),
  });
  await storeInBatches(
    database,
    'app/analysis/store-handset-scores',
    scoredAt,
    handsets.map((handset) => {
      const { score, reasons, caution } = assessHandset(handset);
      return {
        imei: handset.imei,
        score,
        reasons,
        caution: caution?.kind ?? null,
        cautionMessage: caution?.message ?? null,
      };
    }),
  );
  await database.writeTx((tx) => tx.run(cypher('app/analysis/clear-stale-handset-scores'), { scoredAt }));

  // Dealers are judged by the handsets their numbers went into: after the handset scores are stored.
  const dealers = dealerSignalsFrom(
    await readSignals<DealerSignalRow>(database, 'app/analysis/dealer-signals', {
      minHandsetScore: SUSPECT_HANDSET_SCORE,
    }),
  );
  await storeInBatches(
    database,
    'app/analysis/store-dealer-scores',
    scoredAt,
    dealers.map((dealer) => ({ posId: dealer.posId, ...assessDealer(dealer) })),
  );

  const rings = await recomputeRings(database, scoredAt);
  return {
    handsetsScored: handsets.length,
    dealersScored: dealers.length,
    rings,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Rings among the suspect handsets, with their evidence, replacing the previous ones in one transaction. */
async function recomputeRings(database: Database, computedAt: string): Promise<number> {
  const links = await readSignals<RingLink>(database, 'app/analysis/ring-links', {
    minScore: SUSPECT_HANDSET_SCORE,
  });
  const rings = detectRings(links, { maxRingHandsets: MAX_RING_HANDSETS }).map((handsets) => ({
    id: ringId(handsets),
    handsets,
  }));
  const evidence = await readSignals<Record<string, unknown>>(database, 'app/analysis/ring-evidence', {
    rings,
    minDealerShare: RING_SUPPLIER_SHARE,
  });
  const evidenceById = new Map(evidence.map((row) => [row.id, row]));
  const stored = rings.map((ring) => ({ ...evidenceById.get(ring.id), ...ring }));
  await database.writeTx(async (tx) => {
    await tx.run(cypher('app/analysis/clear-rings'));
    await tx.run(cypher('app/analysis/replace-rings'), { rings: stored, computedAt });
  });
  return rings.length;
}

interface DealerSignalRow {
  posId: string;
  signal: Exclude<keyof DealerSignals, 'posId'>;
  value: number;
}

/** Folds the statement's (posId, signal, value) rows into one record a dealer; absent signals are 0. */
function dealerSignalsFrom(rows: DealerSignalRow[]): DealerSignals[] {
  const byDealer = new Map<string, DealerSignals>();
  for (const { posId, signal, value } of rows) {
    let dealer = byDealer.get(posId);
    if (!dealer) {
      dealer = { posId, sold: 0, suspectNumbers: 0, reportedNumbers: 0, overLimitNumbers: 0 };
      byDealer.set(posId, dealer);
    }
    dealer[signal] = value;
  }
  return [...byDealer.values()];
}

export const summariseAnalysis = (result: RecomputeResult): string =>
  `risk scores: ${result.handsetsScored} handsets and ${result.dealersScored} dealers scored, ` +
  `${result.rings} rings found, in ${result.seconds.toFixed(1)} s`;

async function readSignals<T>(
  database: Database,
  statement: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  return database.readTx(
    async (tx) => (await tx.run(cypher(statement), params)).records.map((record) => record.toObject() as T),
    { timeoutMs: 600_000, metadata: { app: 'ringside', purpose: 'risk scores' } },
  );
}

async function storeInBatches(
  database: Database,
  statement: string,
  scoredAt: string,
  assessments: object[],
) {
  for (let start = 0; start < assessments.length; start += WRITE_BATCH) {
    await database.writeTx((tx) =>
      tx.run(cypher(statement), { assessments: assessments.slice(start, start + WRITE_BATCH), scoredAt }),
    );
  }
}
