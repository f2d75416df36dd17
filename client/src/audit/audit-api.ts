// The audit trail (admin), filtered by who, what and when.
import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../api/api-client.ts';
import type { AuditEvent } from '../../../server/audit/audit-trail.ts';

export type { AuditEvent };

export interface AuditFilter {
  actor: string;
  action: string;
  /** YYYY-MM-DD, from the start of that day. */
  from: string;
  /** YYYY-MM-DD, up to the end of that day. */
  to: string;
}

/** The day after a YYYY-MM-DD date (the API's `to` is exclusive). */
const dayAfter = (date: string) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

export const auditQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit', filter],
    queryFn: () =>
      api<{ events: AuditEvent[] }>(
        `/api/audit?${queryString({ ...filter, to: filter.to ? dayAfter(filter.to) : undefined })}`,
      ),
  });
