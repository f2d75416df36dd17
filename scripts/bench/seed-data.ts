// The benchmarks' data sets: generated once per scale and seed into bench-results/data/ and reused.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/project-root.ts';
import type { WorldKind } from '../../seed/context.ts';
import type { ScaleName } from '../../seed/scales.ts';
import { benchResultsDir } from './report.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

/** The seed folder's name for this scale, seed and world: `medium-seed-7`, `medium-adaptive-seed-21`. */
export const seedName = (scale: ScaleName, seed: number, world: WorldKind = 'first-wave') =>
  `${scale}${world === 'adaptive' ? '-adaptive' : ''}-seed-${seed}`;

/** The seed folder for this scale, seed and world, generated once and reused by later runs. */
export function ensureSeedData(scale: ScaleName, seed: number, world: WorldKind = 'first-wave'): string {
  const dir = path.join(benchResultsDir, 'data', seedName(scale, seed, world));
  if (existsSync(path.join(dir, 'ground-truth.json'))) return dir;
  log(`generating ${seedName(scale, seed, world)} data...`);
  // A child process, so that the generator's memory does not count as the importer's.
  const generated = spawnSync(
    process.execPath,
    [
      ...['--import', 'tsx', 'scripts/seed.ts', '--scale', scale, '--seed', String(seed), '--out', dir],
      ...(world === 'adaptive' ? ['--adaptive'] : []),
    ],
    { cwd: projectRoot, stdio: 'inherit' },
  );
  if (generated.status !== 0) throw new Error('seed generation failed');
  return dir;
}
