// The second step of approving a block request: every number that used one of its (now blocked) handsets
// goes to `reverification_pending`. In batches of handsets, each its own transaction, because a request
// for every farm handset reaches two million numbers; marking is idempotent, so a batch retried or a
// request resumed after a restart (resumeReverificationMarking) ends in the same state.
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

const HANDSETS_PER_BATCH = 500;

/** Returns how many numbers it moved to re-verification. */
export async function markNumbersForReverification(
  database: Database,
  requestId: string,
  actor: Actor,
): Promise<number> {
  const imeis = await database.readTx(async (tx) =>
    (await tx.run(cypher('app/workflow/block-request-imeis'), { id: requestId })).records.map(
      (record) => record.get('imei') as string,
    ),
  );
  let numbers = 0;
  for (let start = 0; start < imeis.length; start += HANDSETS_PER_BATCH) {
    numbers += await database.writeTx(
      async (tx) => {
        const result = await tx.run(cypher('app/workflow/mark-numbers-for-reverification'), {
          imeis: imeis.slice(start, start + HANDSETS_PER_BATCH),
        });
        return result.records[0]!.get('numbers') as number;
      },
      {
        timeoutMs: 300_000,
        metadata: { app: 'ringside', action: 'reverification marking', request: requestId },
      },
    );
  }
  await database.writeTx(async (tx) => {
    await tx.run(cypher('app/workflow/finish-reverification-marking'), { id: requestId, numbers });
    await recordAudit(tx, actor, {
      action: 'block_request.reverification',
      target: `BlockRequest:${requestId}`,
      details: { handsets: imeis.length, numbers },
    });
  });
  return numbers;
}

/** Finishes what a stopped server left half-done; called at start. */
export async function resumeReverificationMarking(
  database: Database,
  log: (line: string) => void,
): Promise<void> {
  const ids = await database.readTx(async (tx) =>
    (await tx.run(cypher('app/workflow/requests-awaiting-marking'))).records.map(
      (record) => record.get('id') as string,
    ),
  );
  for (const id of ids) {
    const numbers = await markNumbersForReverification(database, id, {
      username: 'ringside',
      role: 'system',
    });
    log(`block request ${id}: resumed sending its numbers to re-verification (${numbers} more)`);
  }
}
