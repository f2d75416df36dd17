// Turns a rule's hits into alerts: one alert per rule and subject, raised the first time, updated (and
// back to `new`) when its evidence grew, else left alone (raise-alerts.cypher). A read first picks the
// hits that change something, so a run that finds what the last one found writes nothing. Each raise and update is
// an audit event about the alert, in the transaction that made it. Ids are made before each transaction.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { nodeId } from '../graph/node-ref.ts';
import type { AlertHit } from './alert-rule.ts';
import { alertKeyOf, newAlertId } from './alert-ids.ts';

/** Who raises alerts in the audit trail. */
export const RULES_ACTOR: Actor = { username: 'alert-rules', role: 'system' };

const BATCH = 500;

export interface RaiseOutcome {
  hits: number;
  raised: number;
  updated: number;
}

export async function raiseAlerts(database: Database, rule: string, hits: AlertHit[]): Promise<RaiseOutcome> {
  // One hit per subject (the one with the most evidence): a key twice in a batch would be merged twice.
  const bySubject = new Map<string, AlertHit>();
  for (const hit of hits) {
    const subject = nodeId(hit.subject);
    const seen = bySubject.get(subject);
    if (!seen || hit.evidence.length > seen.evidence.length) bySubject.set(subject, hit);
  }
  const rows = [...bySubject.entries()].map(([subject, hit]) => ({
    id: newAlertId(),
    eventId: randomUUID(),
    key: alertKeyOf(rule, subject),
    rule,
    subject,
    subjectLabel: hit.subject.label,
    subjectKey: hit.subject.key,
    score: hit.score,
    evidence: [...new Set(hit.evidence)],
    sentence: hit.sentence,
    audience: hit.audience ?? null,
  }));
  const outcome: RaiseOutcome = { hits: rows.length, raised: 0, updated: 0 };
  const changing = await keysToRaise(database, rows);
  const toWrite = rows.filter((row) => changing.has(row.key));
  for (let start = 0; start < toWrite.length; start += BATCH) {
    const batch = toWrite.slice(start, start + BATCH);
    const eventIds = new Map(batch.map((row) => [row.key, row.eventId]));
    const changed = await database.writeTx(
      async (tx) => {
        const result = await tx.run(cypher('app/alerts/raise-alerts'), { hits: batch });
        const alerts = result.records.map((record) => record.toObject() as ChangedAlert);
        const byKey = new Map(batch.map((row) => [row.key, row]));
        await tx.run(cypher('app/alerts/record-alert-events'), {
          actor: RULES_ACTOR,
          events: alerts.map((alert) => {
            const row = byKey.get(alert.key)!;
            return {
              id: eventIds.get(alert.key)!,
              action: alert.raised ? 'alert.raise' : 'alert.update',
              target: `Alert:${alert.id}`,
              details: JSON.stringify({
                rule,
                subject: row.subject,
                score: row.score,
                evidence: row.evidence.length,
              }),
            };
          }),
        });
        return alerts;
      },
      { timeoutMs: 120_000, metadata: { app: 'ringside', action: 'raise alerts', rule } },
    );
    for (const alert of changed) outcome[alert.raised ? 'raised' : 'updated']++;
  }
  return outcome;
}

/** The keys among `rows` whose alert is missing or holds less evidence: one read for every hit. */
async function keysToRaise(
  database: Database,
  rows: { key: string; evidence: string[] }[],
): Promise<Set<string>> {
  const keys = await database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/alerts/alerts-to-raise'), {
      hits: rows.map((row) => ({ key: row.key, evidence: row.evidence.length })),
    });
    return result.records.map((record) => record.get('key') as string);
  });
  return new Set(keys);
}

interface ChangedAlert {
  id: string;
  key: string;
  raised: boolean;
}
