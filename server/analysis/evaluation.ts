// The evaluation of the stored analysis against a seed's ground truth, beside the naive rankings: the
// figures `npm run eval` prints and the detection benchmark collects over seeds.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import {
  plantedTruth,
  ringRecall,
  scoreDealerRanking,
  scoreHandsetRanking,
  type GroundTruth,
  type HandsetRankingScore,
} from './evaluate.ts';
import { readColumn } from './analysis-steps.ts';
import { suspectDealers, suspectHandsets } from './suspects.ts';

export interface Evaluation {
  world: string;
  farms: number;
  farmHandsets: number;
  rogueDealers: number;
  decoyHandsets: number;
  ours: HandsetRankingScore & { dealerPrecision: number; ringRecall: number; rings: number };
  naive: HandsetRankingScore & { dealerPrecision: number };
}

export async function evaluateStoredAnalysis(
  database: Database,
  groundTruth: GroundTruth,
): Promise<Evaluation> {
  const truth = plantedTruth(groundTruth);
  const k = truth.farmHandsets.size;
  const d = truth.rogueDealers.size;
  const ourHandsets = (await suspectHandsets(database, k)).map((suspect) => suspect.imei);
  const ourDealers = (await suspectDealers(database, d)).map((dealer) => dealer.posId);
  const naiveHandsets = await readColumn(database, 'app/analysis/handsets-by-number-count', 'imei', {
    limit: neo4j.int(k),
  });
  const naiveDealers = await readColumn(database, 'app/analysis/dealers-by-numbers-in-handsets', 'posId', {
    imeis: naiveHandsets,
    limit: neo4j.int(d),
  });
  const rings = await database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/analysis/ring-memberships'));
    return result.records.map((record) => record.get('handsets') as string[]);
  });
  return {
    world: groundTruth.world ?? 'first-wave',
    farms: truth.farms.length,
    farmHandsets: k,
    rogueDealers: d,
    decoyHandsets: truth.decoyKindOf.size,
    ours: {
      ...scoreHandsetRanking(ourHandsets, truth),
      dealerPrecision: scoreDealerRanking(ourDealers, truth).precision,
      ringRecall: ringRecall(rings, truth),
      rings: rings.length,
    },
    naive: {
      ...scoreHandsetRanking(naiveHandsets, truth),
      dealerPrecision: scoreDealerRanking(naiveDealers, truth).precision,
    },
  };
}

const FARM_KINDS = ['fast', 'slow', 'young', 'unreported', 'hiding_dealers', 'under_limit'];
const fixed = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(3));
const lookAlikes = (score: HandsetRankingScore) =>
  score.decoysInTopK === 0
    ? '0'
    : `${score.decoysInTopK} (${Object.entries(score.decoysByKind)
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ')})`;

/** The evaluation as a Markdown table: a row per figure, Ringside beside the naive ranking. */
export function formatEvaluation(evaluation: Evaluation): string {
  const { ours, naive } = evaluation;
  const rows: [string, string, string][] = [
    [
      `handset precision at K (K = ${evaluation.farmHandsets})`,
      fixed(ours.precision),
      fixed(naive.precision),
    ],
    ['handset recall at K', fixed(ours.recall), fixed(naive.recall)],
    ['look-alikes in the top K', lookAlikes(ours), lookAlikes(naive)],
    ...FARM_KINDS.filter((kind) => ours.recallByKind[kind] !== undefined).map(
      (kind): [string, string, string] => [
        `recall of ${kind.replace('_', ' ')} farms' handsets`,
        fixed(ours.recallByKind[kind]),
        fixed(naive.recallByKind[kind]),
      ],
    ),
    [
      `dealer precision at D (D = ${evaluation.rogueDealers})`,
      fixed(ours.dealerPrecision),
      fixed(naive.dealerPrecision),
    ],
    ['ring recall', `${fixed(ours.ringRecall)} (${ours.rings} rings)`, '-'],
  ];
  return [
    `${evaluation.world} world: ${evaluation.farms} farms with ${evaluation.farmHandsets} handsets, ` +
      `${evaluation.rogueDealers} rogue dealers, ${evaluation.decoyHandsets} look-alike handsets`,
    '',
    '| figure | Ringside | most numbers per handset |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
