// `npm run seed -- --scale <small|medium|national> --seed N --out DIR`: writes the synthetic data set.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSeed, type SeedProgress } from '../seed/generate.ts';
import { SCALE_NAMES, type ScaleName } from '../seed/scales.ts';

const usage = `usage: npm run seed -- --scale <${SCALE_NAMES.join('|')}> --seed N --out DIR`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scale: { type: 'string', default: 'small' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
})();
if (!SCALE_NAMES.includes(values.scale as ScaleName)) fail(`unknown scale "${values.scale}"`);
if (!/^\d{1,9}$/.test(values.seed)) fail(`--seed must be a whole number, got "${values.seed}"`);
if (!values.out) fail('--out DIR is required');

const outDir = path.resolve(values.out);
const started = Date.now();
let lastShown = 0;
const showProgress = ({ phase, done, total }: SeedProgress) => {
  if (done < total && Date.now() - lastShown < 1000) return;
  lastShown = Date.now();
  const percent = ((100 * done) / total).toFixed(0);
  console.log(`${phase}: ${done.toLocaleString('en-IN')} of ${total.toLocaleString('en-IN')} (${percent}%)`);
};

const summary = await generateSeed({
  scale: values.scale as ScaleName,
  seed: Number(values.seed),
  outDir,
  onProgress: showProgress,
});
console.log(`wrote ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
for (const [file, rows] of Object.entries(summary.rowCounts))
  console.log(`  ${file}: ${rows.toLocaleString('en-IN')} rows`);
console.log(
  `  ground-truth.json: ${summary.rings} rings, ${summary.rogueDealers} rogue dealers, and the decoys`,
);
