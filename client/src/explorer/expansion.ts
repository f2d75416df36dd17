// Turns an expand answer into canvas elements: the neighbours and edges, and for every node with more
// neighbours than shown a "+N more" node that fetches the next page when double-clicked.
import type { ElementDefinition } from 'cytoscape';
import { post } from '../api/api-client.ts';
import type { ExpandResult } from '../api/types.ts';

export const MORE_PREFIX = 'more:';

export function expansionElements(result: ExpandResult): ElementDefinition[] {
  const more = result.truncated.flatMap(({ node, shown, total }) => [
    {
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
      data: { id: `${MORE_PREFIX}edge:${node}`, source: node, target: `${MORE_PREFIX}${node}`, type: 'MORE' },
    },
  ]);
  return [...result.nodes, ...result.edges, ...more] as ElementDefinition[];
}

/** `Label:key` → the parts the API takes. */
export function refOf(id: string): { label: string; key: string } {
  const colon = id.indexOf(':');
  return { label: id.slice(0, colon), key: id.slice(colon + 1) };
}

/** Expands any number of nodes (the API takes 50 a request), handing each answer's elements on. */
export async function expandNodes(
  nodeIds: string[],
  options: { types?: string[]; limit: number; offset?: number },
  onElements: (elements: ElementDefinition[]) => void,
): Promise<void> {
  for (let start = 0; start < nodeIds.length; start += 50) {
    const result = await post<ExpandResult>('/api/graph/expand', {
      nodes: nodeIds.slice(start, start + 50).map(refOf),
      types: options.types ?? [],
      limit: options.limit,
      offset: options.offset ?? 0,
    });
    onElements(expansionElements(result));
  }
}
