// Alerts: the triage queue (filtered by status and rule, page after page), the new-alert count of the header's badge, one
// alert with its evidence as a small graph, the rules, and triage (assign, dismiss, snooze) as one
// mutation that refreshes the queue, the badge and the cases an assignment touches.
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, post, queryString } from '../api/api-client.ts';
import type { AlertPage, AlertQueuePage, AlertStatus, AlertView } from '../../../server/alerts/alerts.ts';
import type { AlertRulesStatus } from '../../../server/alerts/alert-rules-job.ts';
import type { Assignment } from '../../../server/alerts/triage.ts';

export type { AlertPage, AlertStatus, AlertView };

export interface AlertFilter {
  status?: AlertStatus;
  rule?: string;
}

const alertPath = (id: string) => `/api/alerts/${encodeURIComponent(id)}`;

/**
 * The queue a page at a time (the server's 100), each page starting where the one before ended (its
 * `next`); a refresh after a triage reads every page shown again, from the first.
 */
export const alertsQuery = (filter: AlertFilter) =>
  infiniteQueryOptions({
    queryKey: ['alerts', 'list', filter],
    queryFn: ({ pageParam }) =>
      api<AlertQueuePage>(`/api/alerts?${queryString({ ...filter, after: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });

/** How often the header asks for the count: rules run after imports, not by the minute. */
const COUNT_EVERY_MS = 60_000;

export const newAlertCountQuery = queryOptions({
  queryKey: ['alerts', 'count'],
  queryFn: () => api<{ new: number }>('/api/alerts/count'),
  refetchInterval: COUNT_EVERY_MS,
});

export const alertQuery = (id: string) =>
  queryOptions({ queryKey: ['alerts', 'one', id], queryFn: () => api<AlertPage>(alertPath(id)) });

export const alertRulesQuery = queryOptions({
  queryKey: ['alerts', 'rules'],
  queryFn: () => api<AlertRulesStatus>('/api/alerts/rules'),
  staleTime: 5 * 60_000,
});

export type Triage =
  | { action: 'assign'; body: Assignment }
  | { action: 'dismiss'; body: { reason: string } }
  | { action: 'snooze'; body: { until: string } };

export function useTriage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: Triage) => post<AlertView>(`${alertPath(id)}/${action}`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['alerts'] });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
