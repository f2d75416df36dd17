// The alert rules as a background job. An import or a recompute asks for a run (a counter on the job's
// lease node); the worker of every app process looks each round, and the one that takes the `alert-rules`
// lease runs them, then marks the requests it saw at its start as done, in a write fenced by the lease. A
// request made during a run stays due for the next one. The command line runs the job itself right after
// its import; should two processes ever run the rules at once, the alerts' key keeps them one per subject.
import type { Database } from '../db/database.ts';
import { assertLease, holdLease, LeaseLostError } from '../background/leases.ts';
import { cypher } from '../db/cypher-files.ts';
import type { RuleContext } from './alert-rule.ts';
import { alertRules, runAlertRules, type RuleReport } from './run-alert-rules.ts';
import { DEFAULT_LIMITS } from '../queries/run-read-query.ts';

export const ALERT_RULES_JOB = 'alert-rules';

/** Asks for a run of the alert rules (after an import or a recompute). */
export async function requestAlertRules(database: Database): Promise<void> {
  await database.writeTx((tx) => tx.run(cypher('app/background/ensure-lease'), { name: ALERT_RULES_JOB }));
  await database.writeTx((tx) => tx.run(cypher('app/alerts/request-rule-run'), { name: ALERT_RULES_JOB }));
}

async function runsDue(database: Database): Promise<{ requested: number; completed: number }> {
  return database.readTx(async (tx) => {
    const [record] = (await tx.run(cypher('app/alerts/rule-runs-due'), { name: ALERT_RULES_JOB })).records;
    return record!.toObject() as { requested: number; completed: number };
  });
}

/**
 * Runs the rules if a run was asked for and no other process is running them; returns what each rule
 * did, or undefined when there was nothing to do here.
 */
export async function runDueAlertRules(
  database: Database,
  holder: string,
  context: RuleContext = { limits: DEFAULT_LIMITS },
): Promise<RuleReport[] | undefined> {
  const before = await runsDue(database);
  if (before.requested <= before.completed) return undefined;
  const held = await holdLease(database, ALERT_RULES_JOB, holder);
  if (!held) return undefined; // another process runs them; what it has not seen stays due
  try {
    const { requested, completed } = await runsDue(database);
    if (requested <= completed) return undefined;
    const reports = await runAlertRules(database, context);
    await database
      .writeTx(async (tx) => {
        await assertLease(tx, held.lease);
        await tx.run(cypher('app/alerts/complete-rule-run'), {
          name: ALERT_RULES_JOB,
          requested,
          report: JSON.stringify(reports),
        });
      })
      .catch((error: unknown) => {
        // Paused past the lease: the next holder runs them again, which changes nothing already raised.
        if (!(error instanceof LeaseLostError)) throw error;
      });
    return reports;
  } finally {
    await held.release();
  }
}

export interface AlertRulesStatus {
  rules: { name: string; description: string }[];
  /** Runs asked for that no run has done yet (0: the alerts are up to date with the last import). */
  runsDue: number;
  lastRun: { at: string; rules: RuleReport[] } | null;
}

/** The rules, and how their job stands (GET /api/alerts/rules). */
export async function alertRulesStatus(database: Database): Promise<AlertRulesStatus> {
  const run = await database.readTx(async (tx) => {
    const [record] = (await tx.run(cypher('app/alerts/last-rule-run'), { name: ALERT_RULES_JOB })).records;
    return record!.toObject() as {
      requested: number;
      completed: number;
      lastRunAt: string | null;
      lastRunReport: string | null;
    };
  });
  return {
    rules: alertRules().map(({ name, description }) => ({ name, description })),
    runsDue: Math.max(0, run.requested - run.completed),
    lastRun:
      run.lastRunAt && run.lastRunReport
        ? { at: run.lastRunAt, rules: JSON.parse(run.lastRunReport) as RuleReport[] }
        : null,
  };
}
