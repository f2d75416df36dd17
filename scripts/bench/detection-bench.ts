// `npm run bench -- detection --scale S --seeds A,B,C [--world adaptive|first-wave]`: how well the risk
// scores find the planted farms and spare the look-alikes, per seed, beside the naive ranking, and how
// long the full recompute takes: right after Neo4j starts (cold caches) and once more (warm, as after an
// import). Each seed's world is bulk-loaded once into its own kept database. The seeds evaluated here
// must not be the ones the rules were tuned on (README: Detection).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  evaluateStoredAnalysis,
  formatEvaluation,
  type Evaluation,
} from '../../server/analysis/evaluation.ts';
import { recomputeAnalysis, type RecomputeResult } from '../../server/analysis/recompute-analysis.ts';
import { startBenchDatabase, type BenchDatabaseOptions } from './bench-database.ts';
import { resultHeader, writeBenchResult } from './report.ts';
import { ensureSeedData, seedName } from './seed-data.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

export async function runDetectionBench(options: BenchDatabaseOptions & { seeds: number[] }): Promise<void> {
  const runs: {
    seed: number;
    coldSeconds: number;
    warmSeconds: number;
    /** Both recomputes' results: counts, grading and the time of each step. */
    recomputes: RecomputeResult[];
    evaluation: Evaluation;
  }[] = [];
  for (const seed of options.seeds) {
    const seedOptions = { ...options, seed };
    const groundTruth = JSON.parse(
      readFileSync(
        path.join(ensureSeedData(options.scale, seed, options.world), 'ground-truth.json'),
        'utf8',
      ),
    );
    const { database, stop } = await startBenchDatabase('detection', seedOptions);
    try {
      log(`${seedName(options.scale, seed, options.world)}: full recompute, cold then warm...`);
      const cold = await recomputeAnalysis(database);
      const warm = await recomputeAnalysis(database);
      log(`  ${cold.seconds.toFixed(1)} s, then ${warm.seconds.toFixed(1)} s`);
      const evaluation = await evaluateStoredAnalysis(database, groundTruth);
      console.log(`\nseed ${seed}, ${formatEvaluation(evaluation)}\n`);
      runs.push({
        seed,
        coldSeconds: cold.seconds,
        warmSeconds: warm.seconds,
        recomputes: [cold, warm],
        evaluation,
      });
    } finally {
      await stop();
    }
  }
  const world = options.world ?? 'first-wave';
  const fixed = (value: number) => value.toFixed(3);
  const kinds = [...new Set(runs.flatMap((run) => Object.keys(run.evaluation.ours.recallByKind)))].sort();
  const table = {
    title: `Detection on the ${world} world, ${options.scale} scale`,
    columns: [
      'seed',
      'handset precision (naive)',
      'look-alikes in top K (naive)',
      ...kinds.map((kind) => `${kind} recall`),
      'dealer precision (naive)',
      'ring recall',
      'recompute s (cold, warm)',
    ],
    rows: runs.map(({ seed, coldSeconds, warmSeconds, evaluation: { ours, naive } }) => [
      seed,
      `${fixed(ours.precision)} (${fixed(naive.precision)})`,
      `${ours.decoysInTopK} (${naive.decoysInTopK})`,
      ...kinds.map((kind) => fixed(ours.recallByKind[kind] ?? 0)),
      `${fixed(ours.dealerPrecision)} (${fixed(naive.dealerPrecision)})`,
      fixed(ours.ringRecall),
      `${coldSeconds.toFixed(1)}, ${warmSeconds.toFixed(1)}`,
    ]),
    notes: runs.map(
      ({ seed, evaluation }) => `seed ${seed}: ${JSON.stringify(evaluation.ours.decoysByKind)}`,
    ),
  };
  const name = `detection-${options.scale}${world === 'adaptive' ? '-adaptive' : ''}`;
  const files = writeBenchResult(name, { ...resultHeader('detection', options), world, runs }, table);
  log(`wrote ${files.join(' and ')}`);
}
