// Dealer flags: investigators and analysts flag a rogue point of sale; the telecom department's approval
// (decide.ts) blacklists it for three years. A dealer whose blacklist has run out can be flagged again.
import neo4j from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { caseToRaiseFrom, listOnCase } from '../cases/raised-from-case.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import { newDecisionId } from './decision-ids.ts';

export interface NewDealerFlag {
  posId: string;
  reason: string;
  /** The case it is raised from (the caller must be a member); the flag carries the case's reference. */
  caseId?: string;
}

export async function flagDealer(
  database: Database,
  { posId, reason, caseId }: NewDealerFlag,
  actor: Actor,
): Promise<{ id: string; caseRef: string | null }> {
  return database.writeTx(async (tx) => {
    const caseRef = caseId ? (await caseToRaiseFrom(tx, caseId, actor)).caseRef : null;
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
      flag: { id, posId, reason, flaggedBy: actor.username, caseRef },
    });
    await recordAudit(tx, actor, {
      action: 'dealer_flag.create',
      target: `DealerFlag:${id}`,
      details: { posId, reason, ...(caseId && { caseId, caseRef }) },
    });
    if (caseId) await listOnCase(tx, caseId, 'dealerFlag', id);
    return { id, caseRef };
  });
}

export interface DealerFlagView {
  id: string;
  status: string;
  reason: string;
  /** The FIR or complaint number of the case it was raised from. */
  caseRef: string | null;
  flaggedBy: string;
  flaggedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  dealer: {
    posId: string;
    name: string;
    operator: string;
    circle: string;
    status: string;
    score: number | null;
    reasons: string[];
    blacklistedOn: string | null;
    blacklistedUntil: string | null;
    blacklistExpired: boolean;
    numbersSold: number;
  };
}

export async function listDealerFlags(
  database: Database,
  filter: { status?: string; flaggedBy?: string; limit: number },
): Promise<DealerFlagView[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/workflow/list-dealer-flags'), {
      status: filter.status ?? null,
      flaggedBy: filter.flaggedBy ?? null,
      limit: neo4j.int(filter.limit),
    });
    return result.records.map((record) => ({
      ...(record.get('flag') as Omit<DealerFlagView, 'dealer'>),
      dealer: record.get('dealer') as DealerFlagView['dealer'],
    }));
  });
}
