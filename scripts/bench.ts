// `npm run bench -- <benchmark> [options]`: measured figures, written to bench-results/ (JSON and Markdown).
//   import --scale <small|medium|national> [--seed N]   Ringside's importer against LOAD CSV
import { parseArgs } from 'node:util';
import { SCALE_NAMES, type ScaleName } from '../seed/scales.ts';
import { runImportBench } from './bench/import-bench.ts';

const usage = `usage: npm run bench -- import [--scale <${SCALE_NAMES.join('|')}>] [--seed N]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string', default: 'medium' },
    seed: { type: 'string', default: '7' },
    heap: { type: 'string', default: '4g' },
    'page-cache': { type: 'string', default: '4g' },
  },
});
const benchmark = positionals[0] ?? 'import';
if (
  benchmark !== 'import' ||
  !SCALE_NAMES.includes(values.scale as ScaleName) ||
  !/^\d+$/.test(values.seed)
) {
  console.error(usage);
  process.exit(2);
}

await runImportBench({
  scale: values.scale as ScaleName,
  seed: Number(values.seed),
  heap: values.heap,
  pageCache: values['page-cache'],
});
