// Deadlines and progress of re-verification: a number an approved block request sent to re-verification
// is overdue once it has been pending longer than RINGSIDE_REVERIFICATION_DAYS after the approval; the
// telecom department disconnects overdue numbers in bulk, and follows each request's and each operator's
// progress.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

export interface ProgressCounts {
  pending: number;
  reverified: number;
  disconnected: number;
  /** Of the pending, those past the deadline. */
  overdue: number;
}

export interface ReverificationProgress {
  deadlineDays: number;
  byRequest: (ProgressCounts & {
    requestId: string;
    approvedAt: string;
    deadline: string;
    numbers: number;
  })[];
  byOperator: (ProgressCounts & { operator: string; numbers: number })[];
}

/** Sets every overdue number `disconnected` (today, reason `overdue`), audited with the count. */
export async function disconnectOverdueNumbers(
  database: Database,
  deadlineDays: number,
  actor: Actor,
): Promise<{ disconnected: number; requests: string[] }> {
  // Made before the transaction: a retried commit records one event, and disconnects nothing more.
  const auditId = randomUUID();
  return database.writeTx(
    async (tx) => {
      const [record] = (
        await tx.run(cypher('app/workflow/disconnect-overdue-numbers'), { days: neo4j.int(deadlineDays) })
      ).records;
      const outcome = {
        disconnected: record!.get('disconnected') as number,
        requests: record!.get('requests') as string[],
      };
      await recordAudit(tx, actor, {
        id: auditId,
        action: 'reverification.disconnect_overdue',
        target: 'Reverification:overdue',
        details: { ...outcome, deadlineDays },
      });
      return outcome;
    },
    { timeoutMs: 300_000, metadata: { app: 'ringside', action: 'disconnect overdue', user: actor.username } },
  );
}

export async function reverificationProgress(
  database: Database,
  deadlineDays: number,
): Promise<ReverificationProgress> {
  const rows = await database.readTx(async (tx) =>
    (
      await tx.run(cypher('app/workflow/reverification-progress'), { days: neo4j.int(deadlineDays) })
    ).records.map(
      (record) =>
        record.toObject() as ProgressCounts & {
          requestId: string;
          approvedAt: string;
          deadline: string;
          operator: string;
        },
    ),
  );
  const byRequest = new Map<string, ReverificationProgress['byRequest'][number]>();
  const byOperator = new Map<string, ReverificationProgress['byOperator'][number]>();
  for (const { requestId, approvedAt, deadline, operator, ...counts } of rows) {
    const request = byRequest.get(requestId) ?? { requestId, approvedAt, deadline, ...zero() };
    const ofOperator = byOperator.get(operator) ?? { operator, ...zero() };
    add(request, counts);
    add(ofOperator, counts);
    byRequest.set(requestId, request);
    byOperator.set(operator, ofOperator);
  }
  return {
    deadlineDays,
    byRequest: [...byRequest.values()],
    byOperator: [...byOperator.values()].sort((a, b) => a.operator.localeCompare(b.operator)),
  };
}

const zero = () => ({ numbers: 0, pending: 0, reverified: 0, disconnected: 0, overdue: 0 });

function add(total: ProgressCounts & { numbers: number }, counts: ProgressCounts): void {
  total.pending += counts.pending;
  total.reverified += counts.reverified;
  total.disconnected += counts.disconnected;
  total.overdue += counts.overdue;
  total.numbers += counts.pending + counts.reverified + counts.disconnected;
}
