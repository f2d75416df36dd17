// Impact before deciding: what a block of these handsets (a selection in the block dialog, or a block
// request in review) or a dealer flag would touch, read from the graph as it stands.
import { queryOptions } from '@tanstack/react-query';
import { api, post } from '../api/api-client.ts';
import type { BlockImpact, DealerFlagImpact } from '../../../server/workflow/impact.ts';

export type { BlockImpact, DealerFlagImpact };

/** Handsets not yet requested (the block dialog), or a block request (review). */
export type BlockImpactSource = { imeis: string[] } | { requestId: string };

/**
 * The block's impact. A selection's key holds its IMEIs sorted, so the same selection is asked once;
 * a request's impact is read again on each visit, since the graph changes under a pending request.
 */
export const blockImpactQuery = (source: BlockImpactSource) => {
  const imeis = 'imeis' in source ? [...source.imeis].sort() : [];
  return queryOptions({
    queryKey:
      'requestId' in source ? ['impact', 'block-request', source.requestId] : ['impact', 'selection', imeis],
    queryFn: () =>
      'requestId' in source
        ? api<BlockImpact>(`/api/block-requests/${encodeURIComponent(source.requestId)}/impact`)
        : post<BlockImpact>('/api/impact', { imeis }),
    enabled: 'requestId' in source || imeis.length > 0,
  });
};

export const dealerFlagImpactQuery = (id: string) =>
  queryOptions({
    queryKey: ['impact', 'dealer-flag', id],
    queryFn: () => api<DealerFlagImpact>(`/api/dealer-flags/${encodeURIComponent(id)}/impact`),
  });
