// Block requests and dealer flags: the lists (all, or the caller's own for "My requests") and the writes
// (request, flag, approve, reject) as mutations that refresh what they change.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, post, queryString } from '../api/api-client.ts';
import type { BlockRequestView, Caution } from '../../../server/workflow/block-requests.ts';
import type { DealerFlagView } from '../../../server/workflow/dealer-flags.ts';

export type { BlockRequestView, DealerFlagView };

export interface ListFilter {
  status?: 'pending' | 'approved' | 'rejected';
  mine?: boolean;
}

const listParams = ({ status, mine }: ListFilter) => queryString({ status, mine: mine ? 'true' : undefined });

export const blockRequestsQuery = (filter: ListFilter) =>
  queryOptions({
    queryKey: ['block-requests', filter],
    queryFn: () => api<{ requests: BlockRequestView[] }>(`/api/block-requests?${listParams(filter)}`),
  });

export const dealerFlagsQuery = (filter: ListFilter) =>
  queryOptions({
    queryKey: ['dealer-flags', filter],
    queryFn: () => api<{ flags: DealerFlagView[] }>(`/api/dealer-flags?${listParams(filter)}`),
  });

export interface NewBlockRequest {
  imeis: string[];
  reason: string;
  caseRef: string;
  /** Raised from this case: it lists the request. */
  caseId?: string;
  /** The requesting police station or unit, and its state (the block list carries them). */
  policeUnit: string;
  state: string;
  acknowledgeCaution?: boolean;
  justification?: string;
}

export function useCreateBlockRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: NewBlockRequest) =>
      post<{ id: string; handsets: number; cautions: Caution[] }>('/api/block-requests', request),
    onSuccess: (_created, request) => {
      void client.invalidateQueries({ queryKey: ['block-requests'] });
      if (request.caseId) void client.invalidateQueries({ queryKey: ['cases'] });
      for (const imei of request.imeis)
        void client.invalidateQueries({ queryKey: ['node', `Handset:${imei}`] });
    },
  });
}

export function useFlagDealer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ posId, reason, caseId }: { posId: string; reason: string; caseId?: string }) =>
      post<{ id: string }>(`/api/dealers/${encodeURIComponent(posId)}/flag`, { reason, caseId }),
    onSuccess: (_flag, { posId, caseId }) => {
      void client.invalidateQueries({ queryKey: ['dealer-flags'] });
      if (caseId) void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['node', `Dealer:${posId}`] });
    },
  });
}

export type DecisionKind = 'block-requests' | 'dealer-flags';

export function useDecide(kind: DecisionKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, note }: { decision: 'approve' | 'reject'; note: string }) =>
      post<{ id: string; status: string }>(`/api/${kind}/${encodeURIComponent(id)}/${decision}`, { note }),
    // A decision changes statuses on the graph too (blocked handsets, a blacklisted dealer).
    onSuccess: () => client.invalidateQueries(),
  });
}
