// A case's timeline: every audit event about the case, its block requests and its dealer flags (their
// creation, decision and re-verification), in the order they happened.
import type { ManagedTransaction } from 'neo4j-driver';
import type { AuditEvent } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';

export async function caseTimeline(tx: ManagedTransaction, caseId: string): Promise<AuditEvent[]> {
  const result = await tx.run(cypher('app/cases/case-timeline'), { caseId });
  return result.records.map((record) => {
    const event = record.toObject() as Omit<AuditEvent, 'details'> & { details: string };
    return { ...event, details: JSON.parse(event.details) as Record<string, unknown> };
  });
}
