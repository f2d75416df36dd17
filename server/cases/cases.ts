// Cases: one investigation each (a title, the FIR or complaint it serves, a description), open or
// closed, owned by the investigator or analyst who opened it and shared with its members.
import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { caseNotFound, changeCase, requireOpen, requireOwner, type CaseStatus } from './case-access.ts';
import { newCaseId } from './case-ids.ts';

export interface CaseSummary {
  id: string;
  title: string;
  caseRef: string | null;
  description: string | null;
  status: CaseStatus;
  owner: string;
  /** Usernames, the owner first. */
  members: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface NewCase {
  title: string;
  caseRef?: string;
  description?: string;
}

export async function createCase(database: Database, fields: NewCase, actor: Actor): Promise<CaseSummary> {
  const ids = { id: newCaseId(), eventId: randomUUID() };
  return database.writeTx((tx) => createCaseIn(tx, ids, fields, actor), {
    metadata: { app: 'ringside', action: 'case create', user: actor.username },
  });
}

/**
 * Opens a case inside the caller's transaction (an alert assigned to a new case opens it in the
 * assignment's): `ids` are made before the transaction.
 */
export async function createCaseIn(
  tx: ManagedTransaction,
  { id, eventId }: { id: string; eventId: string },
  fields: NewCase,
  actor: Actor,
): Promise<CaseSummary> {
  await tx.run(cypher('app/cases/create-case'), {
    new: {
      id,
      title: fields.title,
      caseRef: fields.caseRef ?? null,
      description: fields.description ?? null,
      owner: actor.username,
    },
  });
  await recordAudit(tx, actor, {
    id: eventId,
    action: 'case.create',
    target: `Case:${id}`,
    details: { title: fields.title, caseRef: fields.caseRef ?? null },
  });
  return readSummary(tx, id, actor);
}

/** The case's summary for a member; 404 for anyone else. */
export async function readSummary(
  tx: ManagedTransaction,
  caseId: string,
  actor: Actor,
): Promise<CaseSummary> {
  const [record] = (await tx.run(cypher('app/cases/case-summary'), { caseId, username: actor.username }))
    .records;
  if (!record || record.get('isMember') !== true) throw caseNotFound(caseId);
  return record.get('summary') as CaseSummary;
}

export async function listCases(
  database: Database,
  actor: Actor,
  filter: { status?: CaseStatus; limit: number },
): Promise<CaseSummary[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/cases/list-cases'), {
      username: actor.username,
      status: filter.status ?? null,
      limit: neo4j.int(filter.limit),
    });
    return result.records.map((record) => record.get('summary') as CaseSummary);
  });
}

export interface CaseUpdate {
  title?: string;
  /** An empty text removes the reference (or the description). */
  caseRef?: string;
  description?: string;
  status?: CaseStatus;
}

const FIELDS = ['title', 'caseRef', 'description', 'status'] as const;

/**
 * Members change the title, reference and description of an open case; only the owner closes and
 * reopens it. Audited as `case.update`, `case.close` or `case.reopen` with each field's old and new value.
 */
export async function updateCase(
  database: Database,
  caseId: string,
  update: CaseUpdate,
  actor: Actor,
): Promise<CaseSummary> {
  return changeCase(database, caseId, actor, async (tx, { locked }) => {
    const before = await readSummary(tx, caseId, actor);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of FIELDS) {
      if (update[field] === undefined) continue;
      const to = update[field] === '' ? null : update[field];
      if (to !== before[field]) changes[field] = { from: before[field], to };
    }
    if (Object.keys(changes).length === 0) return { result: before };
    if (changes.status)
      requireOwner(locked, actor, changes.status.to === 'closed' ? 'close it' : 'reopen it');
    if (changes.status?.to !== 'open') requireOpen(locked);
    await tx.run(cypher('app/cases/update-case'), {
      caseId,
      change: {
        title: update.title ?? null,
        caseRef: update.caseRef ?? null,
        description: update.description ?? null,
        status: update.status ?? null,
      },
    });
    const action = changes.status
      ? changes.status.to === 'closed'
        ? 'case.close'
        : 'case.reopen'
      : 'case.update';
    return { result: await readSummary(tx, caseId, actor), event: { action, details: { changes } } };
  });
}
