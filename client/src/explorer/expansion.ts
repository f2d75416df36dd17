// Turns an expand answer into canvas elements: the neighbours and edges, for a node with more neighbours
// than a page its neighbour groups instead (supernode.ts), and for every other node with more neighbours
// than shown a "+N more" node that fetches the next page when double-clicked.
import type { QueryClient } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import type { ExpandResult } from '../api/types.ts';
import { expandQuery, neighbourGroupsQuery, type ExpandOptions } from './graph-api.ts';
import { groupElements, withoutPages } from './supernode.ts';

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

export type GroupedExpandOptions = ExpandOptions & { grouped?: boolean; present?: Set<string> };

/**
 * Expands any number of nodes, 50 a request, handing each answer's elements on as it arrives; the first
 * page of a node with more neighbours than a page (and `grouped`) is replaced by its neighbour groups.
 * `present`: the nodes on the canvas.
 */
export async function expandNodes(
  client: QueryClient,
  nodeIds: string[],
  { grouped, present, ...options }: GroupedExpandOptions,
  onElements: (elements: ElementDefinition[]) => void,
): Promise<void> {
  for (let start = 0; start < nodeIds.length; start += EXPAND_BATCH) {
    const result = await client.fetchQuery(expandQuery(nodeIds.slice(start, start + EXPAND_BATCH), options));
    const supernodes = grouped ? result.truncated.map((entry) => entry.node) : [];
    if (supernodes.length === 0) {
      onElements(expansionElements(result));
      continue;
    }
    const types = options.types ?? [];
    const answers = await Promise.all(
      supernodes.map((id) => client.fetchQuery(neighbourGroupsQuery(id, types))),
    );
    const rest = withoutPages(result, new Set(supernodes), present ?? new Set());
    onElements([...expansionElements(rest), ...answers.flatMap((answer) => groupElements(answer, types))]);
  }
}
