// `npm run eval -- DIR [--recompute]`: scores the stored risk ranking against DIR/ground-truth.json (the
// seed that was imported), per kind of planted farm and look-alike, beside the naive rankings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateStoredAnalysis, formatEvaluation } from '../server/analysis/evaluation.ts';
import { recomputeAnalysis, summariseAnalysis } from '../server/analysis/recompute-analysis.ts';
import { readConfig } from '../server/config.ts';
import { openCommandLineDatabase } from '../server/db/command-line-database.ts';

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
const groundTruth = JSON.parse(readFileSync(path.join(positionals[0]!, 'ground-truth.json'), 'utf8'));

const { database, close } = await openCommandLineDatabase(readConfig());
try {
  if (values.recompute) console.log(summariseAnalysis(await recomputeAnalysis(database)));
  console.log(formatEvaluation(await evaluateStoredAnalysis(database, groundTruth)));
} finally {
  await close();
}
