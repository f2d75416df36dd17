// The analysis that follows an import, in one place (the command line and the inbox): a first load is
// analysed whole; a delta only where its keys can have changed something (analyse-delta.ts), which ends
// exactly as a full recompute would.
import type { Database } from '../db/database.ts';
import { readDeltaScope } from '../ingest/delta-scope.ts';
import { analyseDelta, summariseDeltaAnalysis } from './analyse-delta.ts';
import { recomputeAnalysis, summariseAnalysis } from './recompute-analysis.ts';

/** Rescores after a successful import of `dir`; returns a line for the import's report. */
export async function analyseAfterImport(
  database: Database,
  dir: string,
  imported: { firstLoad: boolean },
): Promise<string> {
  if (imported.firstLoad) return summariseAnalysis(await recomputeAnalysis(database));
  return summariseDeltaAnalysis(await analyseDelta(database, await readDeltaScope(dir)));
}
