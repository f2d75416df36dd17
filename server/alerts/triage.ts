// Triage of an alert by an officer who may see it: assigned to a case (an existing one they are a member
// of, or a new one opened for it), dismissed with a reason, or snoozed until a time. Only an alert still
// waiting (new, or snoozed) is triaged: of two officers at once, the second gets 409. Each decision is
// audited as `Alert:<id>` in its own transaction, with the event's id made before it: a transaction the
// driver runs again after a lost commit answers what the first run did. An alert assigned to a case joins
// the case's timeline.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { lockCaseFor, requireOpen } from '../cases/case-access.ts';
import { newCaseId } from '../cases/case-ids.ts';
import { createCaseIn, type NewCase } from '../cases/cases.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ConflictError } from '../http/errors.ts';
import { alertNotFound, readAlertIn, type AlertReader, type AlertView } from './alerts.ts';

export type Triager = Actor & AlertReader;

interface Decision {
  status: 'assigned' | 'dismissed' | 'snoozed';
  caseId?: string;
  dismissReason?: string;
  snoozedUntil?: string;
}

async function triage(
  database: Database,
  alertId: string,
  actor: Triager,
  action: string,
  decide: (tx: ManagedTransaction) => Promise<{ decision: Decision; details: Record<string, unknown> }>,
): Promise<AlertView> {
  const eventId = randomUUID();
  return database.writeTx(
    async (tx) => {
      const [locked] = (await tx.run(cypher('app/alerts/lock-alert'), { id: alertId })).records;
      if (!locked) throw alertNotFound(alertId);
      const alert = await readAlertIn(tx, alertId, actor);
      const [recorded] = (await tx.run(cypher('app/audit/event-recorded'), { id: eventId })).records;
      if (recorded?.get('recorded') === true) return alert;
      if (alert.status !== 'new' && alert.status !== 'snoozed') {
        throw new ConflictError(
          `Alert ${alertId} is ${alert.status}${alert.caseId ? ` (case ${alert.caseId})` : ''}: only new and snoozed alerts are triaged.`,
          { alertId, status: alert.status },
        );
      }
      const { decision, details } = await decide(tx);
      await tx.run(cypher('app/alerts/triage-alert'), {
        id: alertId,
        change: {
          status: decision.status,
          caseId: decision.caseId ?? null,
          dismissReason: decision.dismissReason ?? null,
          snoozedUntil: decision.snoozedUntil ?? null,
          by: actor.username,
        },
      });
      await recordAudit(tx, actor, {
        id: eventId,
        action,
        target: `Alert:${alertId}`,
        details: { rule: alert.rule, subject: alert.subject, ...details },
      });
      return readAlertIn(tx, alertId, actor);
    },
    { metadata: { app: 'ringside', action, alert: alertId, user: actor.username } },
  );
}

export type Assignment = { caseId: string } | { newCase: Pick<NewCase, 'title' | 'caseRef'> };

/** Assigns to an open case the officer is a member of (404 otherwise), or to a new case opened for it. */
export async function assignAlert(
  database: Database,
  alertId: string,
  to: Assignment,
  actor: Triager,
): Promise<AlertView> {
  const newCase = { id: newCaseId(), eventId: randomUUID() };
  return triage(database, alertId, actor, 'alert.assign', async (tx) => {
    let caseId: string;
    if ('caseId' in to) {
      caseId = to.caseId;
      requireOpen(await lockCaseFor(tx, caseId, actor));
    } else {
      caseId = (await createCaseIn(tx, newCase, to.newCase, actor)).id;
    }
    await tx.run(cypher('app/cases/list-alert-on-case'), { caseId, alertId });
    await tx.run(cypher('app/cases/touch-case'), { caseId });
    return {
      decision: { status: 'assigned', caseId },
      details: { caseId, newCase: !('caseId' in to) },
    };
  });
}

export async function dismissAlert(
  database: Database,
  alertId: string,
  reason: string,
  actor: Triager,
): Promise<AlertView> {
  return triage(database, alertId, actor, 'alert.dismiss', async () => ({
    decision: { status: 'dismissed', dismissReason: reason },
    details: { reason },
  }));
}

/** `until`: an ISO date-time in the future (checked at the edge). */
export async function snoozeAlert(
  database: Database,
  alertId: string,
  until: string,
  actor: Triager,
): Promise<AlertView> {
  return triage(database, alertId, actor, 'alert.snooze', async () => ({
    decision: { status: 'snoozed', snoozedUntil: until },
    details: { until },
  }));
}
