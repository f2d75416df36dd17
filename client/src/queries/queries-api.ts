// The saved query library and ad-hoc Cypher: the list as a query, each run as a mutation.
import { queryOptions, useMutation } from '@tanstack/react-query';
import { api, post } from '../api/api-client.ts';
import type { QueryResult } from '../../../server/queries/run-read-query.ts';
import type { ParameterSpec, SavedQueryHeader } from '../../../server/queries/saved-query-header.ts';

export type { QueryResult };

/** A saved query as GET /api/queries describes it. */
export type SavedQueryDescription = Pick<
  SavedQueryHeader,
  'name' | 'title' | 'description' | 'graphColumns'
> & {
  parameters: (ParameterSpec & { required: boolean })[];
  resultKind: 'table' | 'graph';
};

export const libraryQuery = queryOptions({
  queryKey: ['queries'],
  queryFn: () => api<{ queries: SavedQueryDescription[] }>('/api/queries'),
});

export const useRunSavedQuery = (name: string) =>
  useMutation({
    mutationFn: (params: Record<string, string>) =>
      post<QueryResult>(`/api/queries/${encodeURIComponent(name)}/run`, { params }),
  });

export const useRunCypher = () =>
  useMutation({ mutationFn: (query: string) => post<QueryResult>('/api/cypher', { query }) });
