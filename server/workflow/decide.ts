// Deciding a pending block request or dealer flag, exactly once: the decision's node is locked before its
// status is read, so of concurrent decisions one wins and the others get 409. The change and its audit
// event commit together.
import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';

export type Decision = 'approve' | 'reject';

interface DecisionKind {
  label: 'BlockRequest' | 'DealerFlag';
  noun: string;
  lock: string;
  status: string;
  statements: Record<Decision, string>;
}

export const BLOCK_REQUEST: DecisionKind = {
  label: 'BlockRequest',
  noun: 'block request',
  lock: 'app/workflow/lock-block-request',
  status: 'app/workflow/block-request-status',
  statements: { approve: 'app/workflow/approve-block-request', reject: 'app/workflow/reject-block-request' },
};

export const DEALER_FLAG: DecisionKind = {
  label: 'DealerFlag',
  noun: 'dealer flag',
  lock: 'app/workflow/lock-dealer-flag',
  status: 'app/workflow/dealer-flag-status',
  statements: { approve: 'app/workflow/approve-dealer-flag', reject: 'app/workflow/reject-dealer-flag' },
};

/** Returns what the decision changed (the statement's one row). */
export async function decide(
  database: Database,
  kind: DecisionKind,
  id: string,
  decision: Decision,
  note: string,
  actor: Actor,
): Promise<Record<string, unknown>> {
  return database.writeTx(
    async (tx) => {
      await requirePending(tx, kind, id);
      const result = await tx.run(cypher(kind.statements[decision]), { id, decidedBy: actor.username, note });
      const outcome = result.records[0]?.toObject() ?? {};
      await recordAudit(tx, actor, {
        action: `${kind.label === 'BlockRequest' ? 'block_request' : 'dealer_flag'}.${decision}`,
        target: `${kind.label}:${id}`,
        details: { note, ...outcome },
      });
      return outcome;
    },
    // Approving a request for every farm handset blocks tens of thousands of handsets at once.
    {
      timeoutMs: 300_000,
      metadata: { app: 'ringside', action: `${kind.noun} ${decision}`, user: actor.username },
    },
  );
}

async function requirePending(tx: ManagedTransaction, kind: DecisionKind, id: string): Promise<void> {
  await tx.run(cypher(kind.lock), { id });
  const [record] = (await tx.run(cypher(kind.status), { id })).records;
  if (!record) throw new NotFoundError(`No ${kind.noun} ${id}.`, { id });
  const status = record.get('status') as string;
  if (status !== 'pending') {
    throw new ConflictError(`The ${kind.noun} ${id} is already ${status}.`, { id, status });
  }
}
