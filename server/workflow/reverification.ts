// The second step of approving a block request: every number that used one of its (now blocked) handsets
// goes to `reverification_pending`. In batches of handsets, each its own transaction, because a request
// for every farm handset reaches two million numbers. Each request's marking is a job under a lease
// (`reverification:<id>`): the approving process starts it, and if that process or the database fails
// half-way, the background worker of any process resumes it after the handsets already done. The request
// shows its progress (numbersMarked of numbersTotal). Marking is idempotent, so a retried batch ends in
// the same state.
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { assertLease, takeLease } from '../background/leases.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

const HANDSETS_PER_BATCH = 500;

export interface MarkingOptions {
  /** Who marks: the process's instance id (the lease holder). */
  holder: string;
  handsetsPerBatch?: number;
  /** Called after each batch (tests interrupt here). */
  afterBatch?: (handsetsMarked: number) => Promise<void> | void;
}

/**
 * Marks the request's numbers, continuing where an earlier attempt stopped. Returns how many numbers it
 * moved in all, or undefined when another process is marking this request right now.
 */
export async function markNumbersForReverification(
  database: Database,
  requestId: string,
  actor: Actor,
  { holder, handsetsPerBatch = HANDSETS_PER_BATCH, afterBatch }: MarkingOptions,
): Promise<number | undefined> {
  const lease = await takeLease(database, `reverification:${requestId}`, holder);
  if (!lease) return undefined;
  const metadata = { app: 'ringside', action: 'reverification marking', request: requestId };
  const { imeis, handsetsMarked } = await database.writeTx(
    async (tx) => {
      await assertLease(tx, lease);
      const started = await tx.run(cypher('app/workflow/start-reverification-marking'), { id: requestId });
      const imeis = (await tx.run(cypher('app/workflow/block-request-imeis'), { id: requestId })).records.map(
        (record) => record.get('imei') as string,
      );
      return { imeis, handsetsMarked: started.records[0]!.get('handsetsMarked') as number };
    },
    { timeoutMs: 300_000, metadata },
  );
  for (let start = handsetsMarked; start < imeis.length; start += handsetsPerBatch) {
    const end = Math.min(imeis.length, start + handsetsPerBatch);
    await database.writeTx(
      async (tx) => {
        await assertLease(tx, lease);
        await tx.run(cypher('app/workflow/mark-numbers-for-reverification'), {
          id: requestId,
          imeis: imeis.slice(start, end),
          handsetsMarked: end,
        });
      },
      { timeoutMs: 300_000, metadata },
    );
    await afterBatch?.(end);
  }
  return database.writeTx(async (tx) => {
    await assertLease(tx, lease);
    const result = await tx.run(cypher('app/workflow/finish-reverification-marking'), { id: requestId });
    const numbers = result.records[0]!.get('numbers') as number;
    await recordAudit(tx, actor, {
      action: 'block_request.reverification',
      target: `BlockRequest:${requestId}`,
      details: { handsets: imeis.length, numbers },
    });
    return numbers;
  });
}

/** Approved requests whose marking has not finished (a process or the database failed half-way). */
export async function requestsAwaitingMarking(database: Database): Promise<string[]> {
  return database.readTx(async (tx) =>
    (await tx.run(cypher('app/workflow/requests-awaiting-marking'))).records.map(
      (record) => record.get('id') as string,
    ),
  );
}
