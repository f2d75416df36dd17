// Rule `high-risk-handset`: a handset newly above the suspect score. "Newly" is the alert's own memory: a
// handset raises its alert the first time a rule run finds it above the threshold (a run that comes late,
// after two recomputes, still finds it), and again only when more of its numbers are reported.
import neo4j from 'neo4j-driver';
import { SUSPECT_HANDSET_SCORE } from '../../analysis/analysis-steps.ts';
import { nodeId } from '../../graph/node-ref.ts';
import { MAX_EVIDENCE, plural, readRuleRows, type AlertRule } from '../alert-rule.ts';

interface Row {
  imei: string;
  score: number;
  reason: string | null;
  reported: string[];
}

export const highRiskHandset: AlertRule = {
  name: 'high-risk-handset',
  description: `A handset scoring ${SUSPECT_HANDSET_SCORE} or more (the suspect threshold), without a caution.`,
  async find(database) {
    const rows = await readRuleRows<Row>(database, 'app/alerts/high-risk-handset', {
      minScore: SUSPECT_HANDSET_SCORE,
      maxEvidence: neo4j.int(MAX_EVIDENCE),
    });
    return rows.map((row) => ({
      subject: { label: 'Handset', key: row.imei },
      evidence: [nodeId({ label: 'Handset', key: row.imei }), ...row.reported.map((key) => `SIM:${key}`)],
      sentence:
        `Handset ${row.imei} scores ${row.score}, above the suspect threshold of ${SUSPECT_HANDSET_SCORE}` +
        (row.reason ? `: ${row.reason}` : '') +
        (row.reported.length > 0 ? `; ${plural(row.reported.length, 'number', 'numbers')} reported` : '') +
        '.',
      score: row.score,
    }));
  },
};
