// `npm run seed`: a deterministic synthetic world in the import format (DATA-CONTRACT.md) with the fraud
// rings and innocent look-alikes it planted in ground-truth.json. Same seed and scale, same bytes.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FileName } from '../server/ingest/contract.ts';
import { createSeedContext } from './context.ts';
import { generateDealers } from './dealers.ts';
import { generateFarms } from './farms.ts';
import { createGroundTruthWriter } from './ground-truth.ts';
import { createSeedOutput } from './output.ts';
import { SCALES, type ScaleName } from './scales.ts';
import { generateSubscribers, type PlantedDecoys } from './subscribers.ts';

export interface SeedProgress {
  phase: 'farms' | 'subscribers';
  done: number;
  total: number;
}

export interface SeedOptions {
  scale: ScaleName;
  seed: number;
  outDir: string;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedSummary {
  rowCounts: Record<FileName, number>;
  rings: number;
  rogueDealers: number;
}

export async function generateSeed({ scale, seed, outDir, onProgress }: SeedOptions): Promise<SeedSummary> {
  const spec = SCALES[scale];
  mkdirSync(outDir, { recursive: true });
  const output = createSeedOutput(outDir);
  const context = createSeedContext(seed, output);
  const truth = createGroundTruthWriter(path.join(outDir, 'ground-truth.json'), {
    generator: 'ringside seed',
    scale,
    seed,
    spec,
  });

  generateDealers(context, spec.dealers);
  let rings = 0;
  const rogueDealers = new Set<string>();
  await generateFarms(context, spec, async (ring, handsetsDone) => {
    rings++;
    ring.dealers.forEach((posId) => rogueDealers.add(posId));
    await truth.ring(ring);
    onProgress?.({ phase: 'farms', done: handsetsDone, total: spec.farmHandsets });
  });

  const decoys = await generateSubscribers(context, spec, (done) =>
    onProgress?.({ phase: 'subscribers', done, total: spec.subscribers }),
  );
  const dealerTestPhones: PlantedDecoys['dealerTestPhones'] = context.dealers.flatMap((dealer) =>
    dealer.testPhoneImei ? [{ imei: dealer.testPhoneImei, posId: dealer.posId, numbers: dealer.sold }] : [],
  );
  await output.close();
  const rowCounts = output.rowCounts();
  await truth.close({
    rogueDealers: [...rogueDealers].sort(),
    decoys: { ...decoys, dealerTestPhones },
    rowCounts,
  });
  return { rowCounts, rings, rogueDealers: rogueDealers.size };
}
