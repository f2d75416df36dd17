// Re-verification after a block, for the telecom department: progress by request and operator, the bulk
// disconnection of overdue numbers, and the operators' outcome files.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, post, postCsv } from '../api/api-client.ts';
import type { ReverificationProgress } from '../../../server/workflow/reverification-deadlines.ts';
import type { OutcomesApplied } from '../../../server/workflow/reverification-outcomes.ts';

export type { OutcomesApplied, ReverificationProgress };

export const progressQuery = queryOptions({
  queryKey: ['reverification', 'progress'],
  queryFn: () => api<ReverificationProgress>('/api/reverification/progress'),
});

/** Outcomes and disconnections change statuses everywhere: progress, exports, nodes on the canvas. */
const refreshAfterStatusChange = (client: ReturnType<typeof useQueryClient>) => client.invalidateQueries();

export function useDisconnectOverdue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      post<{ disconnected: number; requests: string[] }>('/api/reverification/disconnect-overdue'),
    onSuccess: () => refreshAfterStatusChange(client),
  });
}

export function useUploadOutcomes() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => postCsv<OutcomesApplied>('/api/reverification-outcomes', csv),
    onSuccess: () => refreshAfterStatusChange(client),
  });
}
