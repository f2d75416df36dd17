// Rule `score-rise`: a handset whose score rose sharply: by SHARP_RISE points or more over the score the
// last change replaced (`previousRiskScore`, stored with the score by every recompute and delta analysis).
import neo4j from 'neo4j-driver';
import { MAX_EVIDENCE, plural, readRuleRows, type AlertRule } from '../alert-rule.ts';

/** A rise of this many points (of 100) in one rescoring is sharp. */
export const SHARP_RISE = 20;

interface Row {
  imei: string;
  score: number;
  previousScore: number;
  reason: string | null;
  reported: string[];
}

export const scoreRise: AlertRule = {
  name: 'score-rise',
  description: `A handset whose score rose by ${SHARP_RISE} points or more since its previous score.`,
  async find(database) {
    const rows = await readRuleRows<Row>(database, 'app/alerts/score-rise', {
      minRise: SHARP_RISE,
      maxEvidence: neo4j.int(MAX_EVIDENCE),
    });
    return rows.map((row) => ({
      subject: { label: 'Handset', key: row.imei },
      evidence: [`Handset:${row.imei}`, ...row.reported.map((key) => `SIM:${key}`)],
      sentence:
        `Handset ${row.imei} rose from ${row.previousScore} to ${row.score}` +
        (row.reason ? `: ${row.reason}` : '') +
        (row.reported.length > 0 ? `; ${plural(row.reported.length, 'number', 'numbers')} reported` : '') +
        '.',
      score: row.score,
    }));
  },
};
