// The benchmarks' data sets: generated once per scale and seed into bench-results/data/ and reused.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/project-root.ts';
import type { WorldKind } from '../../seed/context.ts';
import type { ScaleName } from '../../seed/scales.ts';
import { benchResultsDir } from './report.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

/** The seed folder's name: `medium-seed-7`, `medium-adaptive-seed-21`, `small-background-4-seed-7`. */
export const seedName = (scale: ScaleName, seed: number, world: WorldKind = 'first-wave', background = 1) =>
  `${scale}${world === 'adaptive' ? '-adaptive' : ''}${background > 1 ? `-background-${background}` : ''}-seed-${seed}`;

/** The seed folder for this scale, seed, world and background, generated once and reused by later runs. */
export function ensureSeedData(
  scale: ScaleName,
  seed: number,
  world: WorldKind = 'first-wave',
  background = 1,
): string {
  const name = seedName(scale, seed, world, background);
  const dir = path.join(benchResultsDir, 'data', name);
  if (existsSync(path.join(dir, 'ground-truth.json'))) return dir;
  log(`generating ${name} data...`);
  generate([
    ...['--scale', scale, '--seed', String(seed), '--out', dir, '--background', String(background)],
    ...(world === 'adaptive' ? ['--adaptive'] : []),
  ]);
  return dir;
}

/** The next day's feed of a first-wave benchmark base, generated once and reused. */
export function ensureDeltaData(scale: ScaleName, seed: number, background = 1): string {
  const dir = path.join(
    benchResultsDir,
    'data',
    `${seedName(scale, seed, 'first-wave', background)}-delta-1-day`,
  );
  if (existsSync(path.join(dir, 'usage.csv'))) return dir;
  log(`generating the ${scale} feed (seed ${seed}, background ${background})...`);
  generate([
    '--scale',
    scale,
    '--seed',
    String(seed),
    '--out',
    dir,
    '--delta',
    '--background',
    String(background),
  ]);
  return dir;
}

/** `npm run seed` in a child process, so that the generator's memory does not count as the importer's. */
function generate(args: string[]): void {
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (generated.status !== 0) throw new Error('seed generation failed');
}
