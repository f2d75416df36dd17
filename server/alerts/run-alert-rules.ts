// One run of every detection rule: the built-in ones and the saved queries marked `@alert`. A rule that
// fails (a saved query over its timeout) is reported and the others still run; every write is a MERGE on
// the alert's key, so two runs at once, or a run repeated, raise each alert once.
import type { Database } from '../db/database.ts';
import { DEFAULT_LIMITS } from '../queries/run-read-query.ts';
import type { AlertRule, RuleContext } from './alert-rule.ts';
import { raiseAlerts, type RaiseOutcome } from './raise-alerts.ts';
import { blacklistedDealerReappears } from './rules/blacklisted-dealer-reappears.ts';
import { complaintOnCaseOrRequest } from './rules/complaint-on-case-or-request.ts';
import { evasion } from './rules/evasion.ts';
import { highRiskHandset } from './rules/high-risk-handset.ts';
import { scoreRise } from './rules/score-rise.ts';
import { savedQueryRules } from './saved-query-rules.ts';

export const BUILT_IN_RULES: readonly AlertRule[] = [
  highRiskHandset,
  scoreRise,
  complaintOnCaseOrRequest,
  evasion,
  blacklistedDealerReappears,
];

export const alertRules = (): AlertRule[] => [...BUILT_IN_RULES, ...savedQueryRules()];

export type RuleReport = { rule: string; seconds: number } & (RaiseOutcome | { error: string });

export async function runAlertRules(
  database: Database,
  context: RuleContext = { limits: DEFAULT_LIMITS },
): Promise<RuleReport[]> {
  const reports: RuleReport[] = [];
  for (const rule of alertRules()) {
    const started = Date.now();
    const seconds = () => (Date.now() - started) / 1000;
    try {
      const outcome = await raiseAlerts(database, rule.name, await rule.find(database, context));
      reports.push({ rule: rule.name, ...outcome, seconds: seconds() });
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      reports.push({ rule: rule.name, error: message, seconds: seconds() });
    }
  }
  return reports;
}

export function summariseRuleRun(reports: RuleReport[]): string {
  const raised = reports.reduce((sum, report) => sum + ('raised' in report ? report.raised : 0), 0);
  const updated = reports.reduce((sum, report) => sum + ('updated' in report ? report.updated : 0), 0);
  const failed = reports.filter((report) => 'error' in report);
  const seconds = reports.reduce((sum, report) => sum + report.seconds, 0);
  return (
    `alert rules: ${raised} alerts raised, ${updated} updated by ${reports.length} rules in ${seconds.toFixed(1)} s` +
    failed.map((report) => `; ${report.rule} failed: ${'error' in report ? report.error : ''}`).join('')
  );
}
