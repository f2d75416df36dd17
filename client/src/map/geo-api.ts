// India on one map: complaints by state and district, a place's complaints, suspect dealers by circle,
// each in the user's jurisdiction and optionally only one ring's footprint.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/api-client.ts';
import type { PlaceComplaints } from '../../../server/geo/complaints-by-place.ts';
import type { PlaceComplaintList } from '../../../server/geo/complaints-in-place.ts';
import type { CircleDealers } from '../../../server/geo/dealers-by-circle.ts';

export type { CircleDealers, PlaceComplaintList, PlaceComplaints };

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search.toString();
};

export const complaintsByPlaceQuery = (by: 'state' | 'district', ring?: string) =>
  queryOptions({
    queryKey: ['geo', 'complaints', by, ring ?? null],
    queryFn: () => api<PlaceComplaints[]>(`/api/geo/complaints?${query({ by, ring })}`),
  });

export const placeComplaintsQuery = (state: string, district: string | undefined, ring?: string) =>
  queryOptions({
    queryKey: ['geo', 'complaints-list', state, district ?? null, ring ?? null],
    queryFn: () => api<PlaceComplaintList>(`/api/geo/complaints/list?${query({ state, district, ring })}`),
  });

export const dealersByCircleQuery = (ring?: string) =>
  queryOptions({
    queryKey: ['geo', 'dealers', ring ?? null],
    queryFn: () => api<CircleDealers[]>(`/api/geo/dealers?${query({ by: 'circle', ring })}`),
  });
