// `npm run analyse`: recomputes every risk score and ring now, as an import does at its end (the alert
// rules then run too); for after a change of the scoring rules, or data written by another tool.
import { alertRulesAfterAnalysis } from '../server/analysis/analyse-after-import.ts';
import { recomputeAnalysis, summariseAnalysis } from '../server/analysis/recompute-analysis.ts';
import { readConfig } from '../server/config.ts';
import { openCommandLineDatabase } from '../server/db/command-line-database.ts';
import { applySchema } from '../server/db/schema.ts';

const config = readConfig();
const { database, close } = await openCommandLineDatabase(config);
try {
  await applySchema(database);
  console.log('recomputing risk scores and rings...');
  console.log(summariseAnalysis(await recomputeAnalysis(database)));
  console.log(await alertRulesAfterAnalysis(database, { limits: config.queries }));
} finally {
  await close();
}
