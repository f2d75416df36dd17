// Fraud rings from what ties suspect handsets together (shared identities, numbers moved between them):
// connected components of that graph, and Louvain communities inside a component too large to be one
// farm. In memory with graphology, on the suspect subgraph only (selected in Cypher), never the database.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';

export interface RingLink {
  handset: string;
  /** What the handset shares, such as `identity:K3f…` or `number:98…`. */
  link: string;
}

export interface DetectOptions {
  /** A component with more handsets than this is split into Louvain communities. */
  maxRingHandsets: number;
}

const HANDSET = 'handset:';

/**
 * Handset groups, largest first; each group's handsets sorted. The links are sorted first: Louvain's split
 * follows the graph's insertion order, and a component must split the same whether it came with the whole
 * country (full recompute) or alone (incremental analysis), in whatever order Cypher returned its rows.
 */
export function detectRings(links: RingLink[], options: DetectOptions): string[][] {
  const graph = new Graph({ type: 'undirected' });
  const sorted = [...links].sort((a, b) => compare(a.handset, b.handset) || compare(a.link, b.link));
  for (const { handset, link } of sorted) {
    graph.mergeEdge(HANDSET + handset, link);
  }
  const rings: string[][] = [];
  for (const component of connectedComponents(graph)) {
    const handsets = component.filter((node) => node.startsWith(HANDSET));
    if (handsets.length <= options.maxRingHandsets) {
      rings.push(handsets);
      continue;
    }
    const subgraph = new Graph({ type: 'undirected' });
    for (const node of component) subgraph.mergeNode(node);
    for (const node of component)
      graph.forEachNeighbor(node, (neighbour) => subgraph.mergeEdge(node, neighbour));
    // A fixed random source keeps the split the same from one recompute to the next.
    const communities = louvain(subgraph, { rng: seededRandom(1) });
    const byCommunity = new Map<number, string[]>();
    for (const node of handsets) {
      const community = communities[node]!;
      byCommunity.set(community, [...(byCommunity.get(community) ?? []), node]);
    }
    rings.push(...byCommunity.values());
  }
  return rings
    .map((ring) => ring.map((node) => node.slice(HANDSET.length)).sort())
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A ring's stable id: its lowest IMEI, which stays while the ring keeps that handset. */
export const ringId = (handsets: string[]): string => `RING-${handsets[0]}`;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}
