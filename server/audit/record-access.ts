// Looking is recorded too: police systems must show who searched for what and who opened whose identity.
// A read has no transaction of its own to join, so the event is written in one of its own, after the read
// succeeded (a failed search or an unknown identity leaves no event).
import type { Database } from '../db/database.ts';
import { recordAudit, type Actor, type AuditEntry } from './audit-trail.ts';

export async function recordAccess(database: Database, actor: Actor, entry: AuditEntry): Promise<void> {
  await database.writeTx((tx) => recordAudit(tx, actor, entry), {
    metadata: { app: 'ringside', action: entry.action, user: actor.username },
  });
}
