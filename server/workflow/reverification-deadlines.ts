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

/** Numbers one transaction disconnects: a national overdue set (millions) is never one transaction. */
const DISCONNECT_BATCH = 10_000;

/**
 * Sets every overdue number `disconnected` (today, reason `overdue`) in batches of bounded size, each its
 * own transaction, then records one audit event with the total, counted from the graph (the numbers the
 * run stamped): a batch the driver runs again after a lost commit disconnects the next numbers, and the
 * total is still exact. A run that stops half-way leaves its numbers stamped with its id (the next run
 * disconnects the rest, and audits those).
 */
export async function disconnectOverdueNumbers(
  database: Database,
  deadlineDays: number,
  actor: Actor,
  { batchSize = DISCONNECT_BATCH }: { batchSize?: number } = {},
): Promise<{ disconnected: number; requests: string[] }> {
  // Made before any transaction: the run's stamp, and an audit event recorded once however often retried.
  const runId = randomUUID();
  const auditId = randomUUID();
  const days = neo4j.int(deadlineDays);
  const metadata = { app: 'ringside', action: 'disconnect overdue', user: actor.username };
  for (;;) {
    const disconnected = await database.writeTx(
      async (tx) => {
        const result = await tx.run(cypher('app/workflow/disconnect-overdue-numbers'), {
          days,
          runId,
          batch: neo4j.int(batchSize),
        });
        return result.records[0]!.get('disconnected') as number;
      },
      { timeoutMs: 300_000, metadata },
    );
    if (disconnected < batchSize) break;
  }
  return database.writeTx(
    async (tx) => {
      const [record] = (await tx.run(cypher('app/workflow/overdue-run-totals'), { days, runId })).records;
      const outcome = {
        disconnected: record!.get('disconnected') as number,
        requests: record!.get('requests') as string[],
      };
      await recordAudit(tx, actor, {
        id: auditId,
        action: 'reverification.disconnect_overdue',
        target: 'Reverification:overdue',
        details: { ...outcome, deadlineDays, run: runId },
      });
      return outcome;
    },
    { timeoutMs: 300_000, metadata },
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
