// `npm run eval -- DIR [--recompute]`: scores the stored risk ranking against DIR/ground-truth.json (the
// seed that was imported), beside the naive "most numbers per handset" ranking.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import {
  plantedTruth,
  ringRecall,
  scoreDealerRanking,
  scoreHandsetRanking,
} from '../server/analysis/evaluate.ts';
import { recomputeAnalysis } from '../server/analysis/recompute-analysis.ts';
import { suspectDealers, suspectHandsets } from '../server/analysis/suspects.ts';
import { readConfig } from '../server/config.ts';
import { openCommandLineDatabase } from '../server/db/command-line-database.ts';
import { cypher } from '../server/db/cypher-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { recompute: { type: 'boolean' } },
});
if (positionals.length !== 1) {
  console.error(
    'usage: npm run eval -- DIR [--recompute]   (DIR holds the imported seed and its ground-truth.json)',
  );
  process.exit(2);
}
const truth = plantedTruth(JSON.parse(readFileSync(path.join(positionals[0]!, 'ground-truth.json'), 'utf8')));

const { database, close } = await openCommandLineDatabase(readConfig());
try {
  if (values.recompute) {
    const recomputed = await recomputeAnalysis(database);
    console.log(
      `recomputed ${recomputed.handsetsScored} handset and ${recomputed.dealersScored} dealer scores and ${recomputed.rings} rings in ${recomputed.seconds.toFixed(1)} s`,
    );
  }
  const k = truth.farmHandsets.size;
  const ours = scoreHandsetRanking(
    (await suspectHandsets(database, k)).map((suspect) => suspect.imei),
    truth,
  );
  const naiveRanking = await database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/analysis/handsets-by-number-count'), { limit: neo4j.int(k) });
    return result.records.map((record) => String(record.get('imei')));
  });
  const naive = scoreHandsetRanking(naiveRanking, truth);
  const dealers = scoreDealerRanking(
    (await suspectDealers(database, truth.rogueDealers.size)).map((dealer) => dealer.posId),
    truth,
  );
  const reportedRings = await database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/analysis/ring-memberships'));
    return result.records.map((record) => record.get('handsets') as string[]);
  });
  const recall = ringRecall(reportedRings, truth);
  console.log(
    `planted: ${truth.farms.length} farms with ${k} handsets, ${truth.rogueDealers.size} rogue dealers, ${truth.decoyHandsets.size} decoy handsets`,
  );
  console.log('| ranking | handset precision at K | decoys in top K | dealer precision | ring recall |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(
    `| Ringside risk score | ${ours.precision.toFixed(3)} | ${ours.decoysInTopK} | ${dealers.precision.toFixed(3)} | ${recall.toFixed(3)} (${reportedRings.length} rings) |`,
  );
  console.log(`| most numbers per handset | ${naive.precision.toFixed(3)} | ${naive.decoysInTopK} | - | - |`);
} finally {
  await close();
}
