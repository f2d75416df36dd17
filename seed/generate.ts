// `npm run seed`: a deterministic synthetic world in the import format (DATA-CONTRACT.md) with the fraud
// rings and innocent look-alikes it planted in ground-truth.json. Same seed, scale and world, same bytes.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createSeedContext, type SeedContext, type WorldKind } from './context.ts';
import { generateDealers, openActivationDesks } from './dealers.ts';
import { generateFarms, type PlantedRing } from './farms.ts';
import { createGroundTruthWriter } from './ground-truth.ts';
import { createSeedOutput, type SeedFile } from './output.ts';
import { specOf, type ScaleName, type ScaleSpec } from './scales.ts';
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
  /** The first wave of fraud (the default), or fraud that adapted after it was blocked. */
  world?: WorldKind;
  /** How many times the scale's ordinary subscribers (the fraud unchanged); 1 by default. */
  background?: number;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedSummary {
  rowCounts: Record<SeedFile, number>;
  rings: number;
  rogueDealers: number;
}

export async function generateSeed({
  scale,
  seed,
  outDir,
  world = 'first-wave',
  background = 1,
  onProgress,
}: SeedOptions): Promise<SeedSummary> {
  const spec = specOf(scale, background);
  mkdirSync(outDir, { recursive: true });
  const output = createSeedOutput(outDir);
  const context = createSeedContext(seed, output, world);
  const truth = createGroundTruthWriter(path.join(outDir, 'ground-truth.json'), {
    generator: 'ringside seed',
    scale,
    seed,
    ...(world === 'adaptive' ? { world } : {}),
    ...(background !== 1 ? { background } : {}),
    spec,
  });

  const planted = await plantWorld(context, spec, {
    onRing: (ring) => truth.ring(ring),
    onProgress,
  });
  await output.close();
  const rowCounts = output.rowCounts();
  await truth.close({
    rogueDealers: planted.rogueDealers,
    decoys: planted.decoys,
    rowCounts,
  });
  return { rowCounts, rings: planted.rings, rogueDealers: planted.rogueDealers.length };
}

export interface PlantedWorld {
  rings: number;
  rogueDealers: string[];
  decoys: PlantedDecoys;
}

/**
 * Dealers, farms and subscribers, in the order that fixes every random draw: the base files, and the
 * starting point from which `seed --delta` writes the next days (seed/delta.ts).
 */
export async function plantWorld(
  context: SeedContext,
  spec: ScaleSpec,
  hooks: { onRing?: (ring: PlantedRing) => Promise<void>; onProgress?: (progress: SeedProgress) => void },
): Promise<PlantedWorld> {
  generateDealers(context, spec.dealers);
  const activationDesks =
    context.world === 'adaptive' ? openActivationDesks(context, spec.activationDesks) : undefined;
  let rings = 0;
  const rogueDealers = new Set<string>();
  await generateFarms(context, spec, async (ring, handsetsDone) => {
    rings++;
    ring.dealers.forEach((posId) => rogueDealers.add(posId));
    await hooks.onRing?.(ring);
    hooks.onProgress?.({ phase: 'farms', done: handsetsDone, total: spec.farmHandsets });
  });

  const decoys = await generateSubscribers(context, spec, (done) =>
    hooks.onProgress?.({ phase: 'subscribers', done, total: spec.subscribers }),
  );
  const dealerTestPhones: PlantedDecoys['dealerTestPhones'] = context.dealers.flatMap((dealer) =>
    dealer.testPhoneImei ? [{ imei: dealer.testPhoneImei, posId: dealer.posId, numbers: dealer.sold }] : [],
  );
  return {
    rings,
    rogueDealers: [...rogueDealers].sort(),
    decoys: { ...decoys, dealerTestPhones, ...(activationDesks ? { activationDesks } : {}) },
  };
}
