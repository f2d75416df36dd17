// Turns an expand answer into canvas elements: the neighbours and edges, and for every node with more
// neighbours than shown a "+N more" node that fetches the next page when double-clicked.
import type { QueryClient } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import type { ExpandResult } from '../api/types.ts';
import { expandQuery, type ExpandOptions } from './graph-api.ts';

export const MORE_PREFIX = 'more:';
const EXPAND_BATCH = 50;

export const moreEdgeId = (nodeId: string) => `${MORE_PREFIX}edge:${nodeId}`;

function expansionElements(result: ExpandResult): ElementDefinition[] {
  const more = result.truncated.flatMap(({ node, shown, total }): ElementDefinition[] => [
    {
      group: 'nodes',
      data: {
        id: `${MORE_PREFIX}${node}`,
        label: 'More',
        caption: `+${total - shown} more`,
        of: node,
        shown,
        key: node,
      },
    },
    {
      group: 'edges',
      data: { id: moreEdgeId(node), source: node, target: `${MORE_PREFIX}${node}`, type: 'MORE' },
    },
  ]);
  return [...result.nodes, ...result.edges, ...more];
}

/** Expands any number of nodes, 50 a request, handing each answer's elements on as it arrives. */
export async function expandNodes(
  client: QueryClient,
  nodeIds: string[],
  options: ExpandOptions,
  onElements: (elements: ElementDefinition[]) => void,
): Promise<void> {
  for (let start = 0; start < nodeIds.length; start += EXPAND_BATCH) {
    const result = await client.fetchQuery(expandQuery(nodeIds.slice(start, start + EXPAND_BATCH), options));
    onElements(expansionElements(result));
  }
}
