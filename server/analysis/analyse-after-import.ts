// The analysis that follows an import, in one place: for now the full recompute; the incremental
// analysis of what a delta touches replaces it here.
import type { Database } from '../db/database.ts';
import { recomputeAnalysis, summariseAnalysis } from './recompute-analysis.ts';

/** Rescores after an import; returns a line for the import's report. */
export async function analyseAfterImport(database: Database): Promise<string> {
  return summariseAnalysis(await recomputeAnalysis(database));
}
