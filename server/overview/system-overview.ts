// The admin's home page: the recent imports and how they ended, the users by role, failed logins, and
// how many events the audit trail records a day. The system's own figures: not scoped to circles.
import neo4j from 'neo4j-driver';
import { ROLES, type Role } from '../auth/roles.ts';
import type { Database } from '../db/database.ts';
import { listImports, type ImportRecord } from '../imports/import-history.ts';
import { daysUntil, fillBuckets } from './calendar.ts';
import { LISTED } from './investigation-overview.ts';
import { overviewRow, overviewRows, readSection } from './read-rows.ts';

/** Days of failed logins and of audit volume on the page. */
export const SYSTEM_DAYS = 14;

export interface SystemOverview {
  recentImports: (Pick<
    ImportRecord,
    'id' | 'source' | 'folder' | 'startedAt' | 'result' | 'errorCount' | 'conflicts' | 'actor'
  > & { finishedAt: string | null; rows: number })[];
  users: { total: number; disabled: number; byRole: Record<Role, number> };
  failedLogins: {
    since: string;
    count: number;
    recent: { at: string; username: string; reason: string | null; address: string | null }[];
  };
  /** One entry a day, oldest first, days without events included. */
  auditByDay: { day: string; events: number }[];
}

export async function readSystemOverview(database: Database, until: string): Promise<SystemOverview> {
  const days = daysUntil(until, SYSTEM_DAYS);
  const [imports, [roles, failures, audit]] = await Promise.all([
    listImports(database, LISTED),
    readSection(database, 'system', (tx) =>
      Promise.all([
        overviewRows<{ role: Role; users: number; disabled: number }>(tx, 'users-by-role', {}),
        overviewRow<{ count: number; recent: { at: string; username: string; details: string }[] }>(
          tx,
          'failed-logins',
          { from: days.from, limit: neo4j.int(LISTED) },
        ),
        overviewRows<{ day: string; events: number }>(tx, 'audit-by-day', { from: days.from, to: days.to }),
      ]),
    ),
  ]);
  const byRole = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
  for (const { role, users } of roles) if (role in byRole) byRole[role] = users;
  return {
    recentImports: imports.map((record) => ({
      id: record.id,
      source: record.source,
      folder: record.folder,
      actor: record.actor,
      startedAt: record.startedAt,
      finishedAt: record.finishedAt ?? null,
      result: record.result,
      rows: Object.values(record.rowCounts).reduce((sum, count) => sum + count, 0),
      errorCount: record.errorCount,
      conflicts: record.conflicts,
    })),
    users: {
      total: roles.reduce((sum, { users }) => sum + users, 0),
      disabled: roles.reduce((sum, { disabled }) => sum + disabled, 0),
      byRole,
    },
    failedLogins: {
      since: days.from,
      count: failures.count,
      recent: failures.recent.map(({ at, username, details }) => {
        const { reason, address } = JSON.parse(details ?? '{}') as { reason?: string; address?: string };
        return { at, username, reason: reason ?? null, address: address ?? null };
      }),
    },
    auditByDay: fillBuckets(days, audit, 'day', { events: 0 }),
  };
}
