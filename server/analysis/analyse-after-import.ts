// The analysis that follows an import, in one place (the command line and the inbox): a first load is
// analysed whole; a delta only where its keys can have changed something (analyse-delta.ts), which ends
// exactly as a full recompute would. Then the alert rules are asked for and run here, unless another
// process is running them (it, or the next worker round anywhere, runs them: alert-rules-job.ts).
import { hostname } from 'node:os';
import { requestAlertRules, runDueAlertRules } from '../alerts/alert-rules-job.ts';
import { summariseRuleRun } from '../alerts/run-alert-rules.ts';
import type { Database } from '../db/database.ts';
import { readDeltaScope } from '../ingest/delta-scope.ts';
import { DEFAULT_LIMITS, type QueryLimits } from '../queries/run-read-query.ts';
import { analyseDelta, summariseDeltaAnalysis } from './analyse-delta.ts';
import { recomputeAnalysis, summariseAnalysis } from './recompute-analysis.ts';

/** Rescores after a successful import of `dir`, then runs the alert rules; returns lines for the import's report. */
export async function analyseAfterImport(
  database: Database,
  dir: string,
  imported: { firstLoad: boolean },
  rules: AlertRulesRun = {},
): Promise<string> {
  const analysis = imported.firstLoad
    ? summariseAnalysis(await recomputeAnalysis(database))
    : summariseDeltaAnalysis(await analyseDelta(database, await readDeltaScope(dir)));
  return `${analysis}\n${await alertRulesAfterAnalysis(database, rules)}`;
}

export interface AlertRulesRun {
  /** This process, as the rules' lease names it. */
  holder?: string;
  /** Timeout and row cap of user queries (the rules from saved queries run under them). */
  limits?: QueryLimits;
}

/** Asks for a run of the alert rules and runs it here if no other process is; a line saying which. */
export async function alertRulesAfterAnalysis(
  database: Database,
  { holder = `${hostname()}:${process.pid}`, limits = DEFAULT_LIMITS }: AlertRulesRun = {},
): Promise<string> {
  await requestAlertRules(database);
  const reports = await runDueAlertRules(database, holder, { limits });
  return reports ? summariseRuleRun(reports) : 'alert rules: left to the process running them now';
}
