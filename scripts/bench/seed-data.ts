// The benchmarks' data sets: generated once per scale and seed into bench-results/data/ and reused.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/project-root.ts';
import type { ScaleName } from '../../seed/scales.ts';
import { benchResultsDir } from './report.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

/** The seed folder for this scale and seed, generated once and reused by later runs. */
export function ensureSeedData(scale: ScaleName, seed: number): string {
  const dir = path.join(benchResultsDir, 'data', `${scale}-seed-${seed}`);
  if (existsSync(path.join(dir, 'ground-truth.json'))) return dir;
  log(`generating ${scale} data (seed ${seed})...`);
  // A child process, so that the generator's memory does not count as the importer's.
  const generated = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed.ts', '--scale', scale, '--seed', String(seed), '--out', dir],
    { cwd: projectRoot, stdio: 'inherit' },
  );
  if (generated.status !== 0) throw new Error('seed generation failed');
  return dir;
}
