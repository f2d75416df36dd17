// Who may see and change a case: its members, and nobody else may even learn that it exists (the same
// 404 as for a case that does not exist). Every change takes the case's lock first, then checks the
// membership, and commits with its audit event, whose id is made before the transaction.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';

export type CaseStatus = 'open' | 'closed';

/** A case as a change finds it, locked: its state and how much it holds. */
export interface LockedCase {
  id: string;
  status: CaseStatus;
  owner: string;
  caseRef: string | null;
  members: number;
  notes: number;
  views: number;
  pins: number;
  /** Block requests and dealer flags raised from it. */
  raised: number;
}

export const caseNotFound = (caseId: string): NotFoundError =>
  new NotFoundError(`No case ${caseId}.`, { caseId });

/** The case locked for a change by a member; 404 when there is none or the actor is not a member. */
export async function lockCaseFor(tx: ManagedTransaction, caseId: string, actor: Actor): Promise<LockedCase> {
  const [record] = (await tx.run(cypher('app/cases/lock-case'), { caseId, username: actor.username }))
    .records;
  if (!record || record.get('isMember') !== true) throw caseNotFound(caseId);
  return record.toObject() as LockedCase;
}

export function requireOpen(locked: LockedCase): void {
  if (locked.status !== 'open') {
    throw new ConflictError(`Case ${locked.id} is closed: its owner reopens it before it changes.`, {
      caseId: locked.id,
      status: locked.status,
    });
  }
}

/** Refuses to add to a case that already holds `limit` of `what` (notes, views, ...). */
export function requireRoom(caseId: string, count: number, limit: number, what: string): void {
  if (count >= limit) {
    throw new ConflictError(`Case ${caseId} has ${limit} ${what}, the most it may have.`, { caseId, limit });
  }
}

export function requireOwner(locked: LockedCase, actor: Actor, what: string): void {
  if (locked.owner !== actor.username) {
    throw new ForbiddenError(`Only the case's owner (${locked.owner}) may ${what}.`);
  }
}

/** What a change to a case answers, and the audit event it records (none when nothing changed). */
export interface CaseChange<T> {
  result: T;
  event?: { action: string; details: Record<string, unknown> };
}

export interface ChangeContext {
  locked: LockedCase;
  /**
   * True when this transaction is the driver's second run of one that committed (its audit event is
   * there): a change that finds nothing to do then reports what the first run did, not an error.
   */
  isRerun: boolean;
}

/** Runs one change to a case by a member, locked, audited as `Case:<id>` and marking the case changed. */
export async function changeCase<T>(
  database: Database,
  caseId: string,
  actor: Actor,
  change: (tx: ManagedTransaction, context: ChangeContext) => Promise<CaseChange<T>>,
): Promise<T> {
  const eventId = randomUUID();
  return database.writeTx(
    async (tx) => {
      const locked = await lockCaseFor(tx, caseId, actor);
      const [recorded] = (await tx.run(cypher('app/audit/event-recorded'), { id: eventId })).records;
      const { result, event } = await change(tx, { locked, isRerun: recorded?.get('recorded') === true });
      if (event) {
        await tx.run(cypher('app/cases/touch-case'), { caseId });
        await recordAudit(tx, actor, { id: eventId, target: `Case:${caseId}`, ...event });
      }
      return result;
    },
    { metadata: { app: 'ringside', action: 'case change', case: caseId, user: actor.username } },
  );
}
