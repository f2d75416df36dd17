// `npm run seed -- --scale <small|medium|national> --seed N --out DIR [--adaptive] [--background K]
// [--delta [--days D]]`: writes the synthetic data set (with --adaptive, the world where fraud adapted after
// a first wave of blocking; with --background K, the same fraud among K times the ordinary subscribers), or
// with --delta the feed of the D days after it (only the new rows).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDelta } from '../seed/delta.ts';
import { generateSeed, type SeedProgress } from '../seed/generate.ts';
import { SCALE_NAMES, type ScaleName } from '../seed/scales.ts';

const usage = `usage: npm run seed -- --scale <${SCALE_NAMES.join('|')}> --seed N --out DIR [--adaptive] [--background K] [--delta [--days D]]`;

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
        adaptive: { type: 'boolean', default: false },
        delta: { type: 'boolean', default: false },
        days: { type: 'string', default: '1' },
        background: { type: 'string', default: '1' },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
})();
if (!SCALE_NAMES.includes(values.scale as ScaleName)) fail(`unknown scale "${values.scale}"`);
if (!/^\d{1,9}$/.test(values.seed)) fail(`--seed must be a whole number, got "${values.seed}"`);
if (!values.out) fail('--out DIR is required');
if (!/^\d{1,3}$/.test(values.days) || Number(values.days) < 1)
  fail(`--days must be 1 to 999, got "${values.days}"`);
if (values.days !== '1' && !values.delta) fail('--days goes with --delta');
if (!/^\d{1,2}$/.test(values.background) || Number(values.background) < 1)
  fail(`--background must be 1 to 99, got "${values.background}"`);
const background = Number(values.background);
if (values.adaptive && values.delta)
  fail('--delta writes feeds of the first-wave world only, not with --adaptive');

const outDir = path.resolve(values.out);
const started = Date.now();
const showRows = (rowCounts: Record<string, number>) => {
  for (const [file, rows] of Object.entries(rowCounts))
    console.log(`  ${file}: ${rows.toLocaleString('en-IN')} rows`);
};

if (values.delta) {
  const delta = await generateDelta({
    scale: values.scale as ScaleName,
    seed: Number(values.seed),
    days: Number(values.days),
    outDir,
    background,
  });
  console.log(
    `wrote the feed of ${delta.firstDay} to ${delta.lastDay} to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
  );
  showRows(delta.rowCounts);
  process.exit(0);
}

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
  world: values.adaptive ? 'adaptive' : 'first-wave',
  background,
  onProgress: showProgress,
});
console.log(`wrote ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
showRows(summary.rowCounts);
console.log(
  `  ground-truth.json: ${summary.rings} rings, ${summary.rogueDealers} rogue dealers, and the decoys`,
);
