// The audit trail: every decision, export and user change appends an AuditEvent in the transaction of
// the change itself (a failed change leaves no event). There is no way to change or delete one.
import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

export interface Actor {
  username: string;
  /** A role, or `cli` for command-line tools. */
  role: string;
}

export interface AuditEntry {
  action: string;
  /** What the action was about, as `Label:key` (`BlockRequest:BR-…`, `User:asha`). */
  target: string;
  details?: Record<string, unknown>;
  /**
   * The event's id, made before the transaction: when the driver runs the transaction again (a commit
   * whose answer was lost), the event is recorded once.
   */
  id?: string;
}

export async function recordAudit(tx: ManagedTransaction, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.run(cypher('app/audit/record-event'), {
    event: {
      id: entry.id ?? randomUUID(),
      actor: actor.username,
      role: actor.role,
      action: entry.action,
      target: entry.target,
      details: JSON.stringify(entry.details ?? {}),
    },
  });
}

export interface AuditFilter {
  actor?: string;
  /** An action, or its prefix before a dot (`block_request` matches `block_request.approve`). */
  action?: string;
  from?: string;
  to?: string;
  limit: number;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

export async function listAuditEvents(database: Database, filter: AuditFilter): Promise<AuditEvent[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/audit/list-events'), {
      actor: filter.actor ?? null,
      action: filter.action ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      limit: neo4j.int(filter.limit),
    });
    return result.records.map((record) => {
      const event = record.toObject() as Omit<AuditEvent, 'details'> & { details: string };
      return { ...event, details: JSON.parse(event.details) as Record<string, unknown> };
    });
  });
}
