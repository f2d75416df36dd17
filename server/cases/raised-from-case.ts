// Block requests and dealer flags raised from a case: the caller must be a member of the open case, the
// case's reference (FIR or complaint number) goes with the request, and the case lists it with its status.
// The link is kept on the case only, so a request shows nobody outside the case that the case exists.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { BlockRequestView } from '../workflow/block-requests.ts';
import type { DealerFlagView } from '../workflow/dealer-flags.ts';
import { lockCaseFor, requireOpen, requireRoom } from './case-access.ts';

export type RaisedKind = 'blockRequest' | 'dealerFlag';

export const MAX_RAISED = 1_000;

/** Locks the case for raising a request from it; returns its reference (null when it has none). */
export async function caseToRaiseFrom(
  tx: ManagedTransaction,
  caseId: string,
  actor: Actor,
): Promise<{ caseRef: string | null }> {
  const locked = await lockCaseFor(tx, caseId, actor);
  requireOpen(locked);
  requireRoom(caseId, locked.raised, MAX_RAISED, 'requests and flags');
  return { caseRef: locked.caseRef };
}

export async function listOnCase(
  tx: ManagedTransaction,
  caseId: string,
  kind: RaisedKind,
  id: string,
): Promise<void> {
  await tx.run(cypher('app/cases/raise-on-case'), { caseId, kind, id });
}

/** A block request as its case lists it: the workflow's own fields, without the handsets' evidence. */
export type CaseBlockRequest = Pick<
  BlockRequestView,
  | 'id'
  | 'status'
  | 'reason'
  | 'caseRef'
  | 'requestedBy'
  | 'requestedAt'
  | 'decidedBy'
  | 'decidedAt'
  | 'decisionNote'
  | 'handsetCount'
>;

/** A dealer flag as its case lists it: the workflow's own fields, and the dealer named, not described. */
export type CaseDealerFlag = Pick<
  DealerFlagView,
  | 'id'
  | 'status'
  | 'reason'
  | 'caseRef'
  | 'flaggedBy'
  | 'flaggedAt'
  | 'decidedBy'
  | 'decidedAt'
  | 'decisionNote'
> & { posId: string; dealerName: string; dealerStatus: string };

export async function caseBlockRequests(tx: ManagedTransaction, caseId: string): Promise<CaseBlockRequest[]> {
  const result = await tx.run(cypher('app/cases/case-block-requests'), { caseId });
  return result.records.map((record) => record.get('request') as CaseBlockRequest);
}

export async function caseDealerFlags(tx: ManagedTransaction, caseId: string): Promise<CaseDealerFlag[]> {
  const result = await tx.run(cypher('app/cases/case-dealer-flags'), { caseId });
  return result.records.map((record) => record.get('flag') as CaseDealerFlag);
}
