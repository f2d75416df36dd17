// The graph endpoints as TanStack Query options (reads) the explorer and the lists share: search, node
// details, expand, path and rings. Response types come from the server's modules.
import { queryOptions } from '@tanstack/react-query';
import { api, post } from '../api/api-client.ts';
import type { ExpandResult, NodeDetails, PathResult, SearchResult } from '../api/types.ts';
import type { getRing } from '../../../server/analysis/rings-store.ts';
import type { GroupFilter } from '../../../server/graph/expand.ts';
import type { NeighbourGroups } from '../../../server/graph/neighbour-groups.ts';

export type Ring = Awaited<ReturnType<typeof getRing>>;

export const searchQuery = (text: string) =>
  queryOptions({
    queryKey: ['search', text],
    queryFn: () => api<{ results: SearchResult[] }>(`/api/search?q=${encodeURIComponent(text)}`),
    enabled: text.length > 0,
  });

/** `Label:key` → the node's properties and neighbour counts. */
export const nodeDetailsQuery = (id: string) =>
  queryOptions({
    queryKey: ['node', id],
    queryFn: () => {
      const { label, key } = refOf(id);
      return api<NodeDetails>(`/api/nodes/${encodeURIComponent(label)}/${encodeURIComponent(key)}`);
    },
  });

export interface ExpandOptions {
  types?: string[];
  limit: number;
  offset?: number;
  /** Only the members of this neighbour group (with one node). */
  group?: GroupFilter;
}

/** One page of neighbours of at most 50 nodes (the API's cap a request). */
export const expandQuery = (nodeIds: string[], options: ExpandOptions) =>
  queryOptions({
    queryKey: ['expand', nodeIds, options],
    queryFn: () =>
      post<ExpandResult>('/api/graph/expand', {
        nodes: nodeIds.map(refOf),
        types: options.types ?? [],
        limit: options.limit,
        offset: options.offset ?? 0,
        ...(options.group ? { group: options.group } : {}),
      }),
    staleTime: 0,
  });

/** A node's neighbours counted by kind and property: a supernode's groups. */
export const neighbourGroupsQuery = (id: string, types: string[]) =>
  queryOptions({
    queryKey: ['neighbour-groups', id, types],
    queryFn: () => {
      const { label, key } = refOf(id);
      const path = `/api/graph/nodes/${encodeURIComponent(label)}/${encodeURIComponent(key)}/neighbour-groups`;
      return api<NeighbourGroups>(types.length > 0 ? `${path}?types=${types.join(',')}` : path);
    },
    staleTime: 0,
  });

export const pathQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: ['path', from, to],
    queryFn: () =>
      api<PathResult>(`/api/graph/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
  });

export const ringQuery = (id: string) =>
  queryOptions({
    queryKey: ['ring', id],
    queryFn: () => api<Ring>(`/api/rings/${encodeURIComponent(id)}`),
  });

/** `Label:key` → the parts the API takes. */
export function refOf(id: string): { label: string; key: string } {
  const colon = id.indexOf(':');
  return { label: id.slice(0, colon), key: id.slice(colon + 1) };
}
