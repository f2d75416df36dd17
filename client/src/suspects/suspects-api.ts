// Ranked suspects and detected rings.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/api-client.ts';
import type { RingSummary } from '../../../server/analysis/rings-store.ts';
import type { SuspectDealer, SuspectHandset } from '../../../server/analysis/suspects.ts';

export const suspectHandsetsQuery = (limit: number) =>
  queryOptions({
    queryKey: ['suspects', 'handsets', limit],
    queryFn: () => api<{ handsets: SuspectHandset[] }>(`/api/suspects/handsets?limit=${limit}`),
  });

export const suspectDealersQuery = (limit: number) =>
  queryOptions({
    queryKey: ['suspects', 'dealers', limit],
    queryFn: () => api<{ dealers: SuspectDealer[] }>(`/api/suspects/dealers?limit=${limit}`),
  });

export const ringsQuery = (limit: number) =>
  queryOptions({
    queryKey: ['rings', limit],
    queryFn: () => api<{ rings: RingSummary[] }>(`/api/rings?limit=${limit}`),
  });
