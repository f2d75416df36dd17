// Block requests and dealer flags raised from a case: the caller must be a member of the open case, the
// case's reference (FIR or complaint number) goes with the request, and the case lists it with its status.
// The link is kept on the case only, so a request shows nobody outside the case that the case exists.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import { ConflictError } from '../http/errors.ts';
import { lockCaseFor, requireOpen } from './case-access.ts';

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
  if (locked.raised >= MAX_RAISED) {
    throw new ConflictError(`Case ${caseId} has ${MAX_RAISED} requests and flags, the most it may have.`, {
      caseId,
      limit: MAX_RAISED,
    });
  }
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

export interface CaseBlockRequest {
  id: string;
  status: string;
  reason: string;
  caseRef: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  handsetCount: number;
}

export interface CaseDealerFlag {
  id: string;
  status: string;
  reason: string;
  caseRef: string | null;
  flaggedBy: string;
  flaggedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  posId: string;
  dealerName: string;
  dealerStatus: string;
}

export async function caseBlockRequests(tx: ManagedTransaction, caseId: string): Promise<CaseBlockRequest[]> {
  const result = await tx.run(cypher('app/cases/case-block-requests'), { caseId });
  return result.records.map((record) => record.get('request') as CaseBlockRequest);
}

export async function caseDealerFlags(tx: ManagedTransaction, caseId: string): Promise<CaseDealerFlag[]> {
  const result = await tx.run(cypher('app/cases/case-dealer-flags'), { caseId });
  return result.records.map((record) => record.get('flag') as CaseDealerFlag);
}
