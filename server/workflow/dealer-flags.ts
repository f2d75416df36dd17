// Dealer flags: investigators and analysts flag a rogue point of sale; the telecom department's approval
// (decide.ts) blacklists it for three years. A dealer whose blacklist has run out can be flagged again.
import neo4j from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import { newDecisionId } from './decision-ids.ts';

export async function flagDealer(
  database: Database,
  posId: string,
  reason: string,
  actor: Actor,
): Promise<{ id: string }> {
  return database.writeTx(async (tx) => {
    await tx.run(cypher('app/workflow/lock-dealer'), { posId });
    const [dealer] = (await tx.run(cypher('app/workflow/dealer-status'), { posId })).records;
    if (!dealer) throw new NotFoundError(`No dealer ${posId} in the graph.`, { posId });
    const status = dealer.get('status') as string;
    const isEligible =
      status === 'active' || (status === 'blacklisted' && dealer.get('blacklistExpired') === true);
    if (!isEligible) {
      throw new ConflictError(`Dealer ${posId} is already ${status}.`, { posId, status });
    }
    const id = newDecisionId('DF');
    await tx.run(cypher('app/workflow/create-dealer-flag'), {
      flag: { id, posId, reason, flaggedBy: actor.username },
    });
    await recordAudit(tx, actor, {
      action: 'dealer_flag.create',
      target: `DealerFlag:${id}`,
      details: { posId, reason },
    });
    return { id };
  });
}

export async function listDealerFlags(
  database: Database,
  filter: { status?: string; limit: number },
): Promise<Record<string, unknown>[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/workflow/list-dealer-flags'), {
      status: filter.status ?? null,
      limit: neo4j.int(filter.limit),
    });
    return result.records.map((record) => ({ ...record.get('flag'), dealer: record.get('dealer') }));
  });
}
