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
 * Handset groups, largest first; each group's handsets sorted. Components come from a union-find over the
 * links (a national recompute has most of a million). Only a component too large to be one farm becomes a
 * graphology graph for Louvain, built from its links sorted: Louvain's split follows the graph's insertion
 * order, and a component must split the same whether it came with the whole country (full recompute) or
 * alone (incremental analysis), in whatever order Cypher returned its rows.
 */
export function detectRings(links: RingLink[], options: DetectOptions): string[][] {
  const rings: string[][] = [];
  for (const component of componentsOf(links)) {
    if (component.handsets.length <= options.maxRingHandsets) rings.push(component.handsets);
    else rings.push(...communitiesOf(component.links));
  }
  return rings.map((ring) => ring.sort()).sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

interface Component {
  handsets: string[];
  links: RingLink[];
}

/** The connected components of the handset–link graph, each with its handsets and its links. */
function componentsOf(links: RingLink[]): Component[] {
  const parent: number[] = [];
  const indexOf = new Map<string, number>();
  const index = (key: string) => {
    let found = indexOf.get(key);
    if (found === undefined) {
      found = parent.length;
      indexOf.set(key, found);
      parent.push(found);
    }
    return found;
  };
  const root = (node: number) => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!; // path halving
    return node;
  };
  const ends = links.map(({ handset, link }) => {
    const a = index(HANDSET + handset);
    const b = index(link);
    parent[root(a)] = root(b);
    return a;
  });
  const byRoot = new Map<number, Component>();
  const seen = new Set<number>();
  links.forEach((link, i) => {
    const top = root(ends[i]!);
    let component = byRoot.get(top);
    if (!component) byRoot.set(top, (component = { handsets: [], links: [] }));
    component.links.push(link);
    if (!seen.has(ends[i]!)) {
      seen.add(ends[i]!);
      component.handsets.push(link.handset);
    }
  });
  return [...byRoot.values()];
}

/** A large component's Louvain communities, as handset lists. */
function communitiesOf(links: RingLink[]): string[][] {
  const graph = new Graph({ type: 'undirected' });
  const sorted = [...links].sort((a, b) => compare(a.handset, b.handset) || compare(a.link, b.link));
  for (const { handset, link } of sorted) graph.mergeEdge(HANDSET + handset, link);
  // Louvain runs on the nodes in the order a traversal meets them, as it always has: the same input
  // keeps giving the same split from one version to the next.
  const [nodes = []] = connectedComponents(graph);
  const traversed = new Graph({ type: 'undirected' });
  for (const node of nodes) traversed.mergeNode(node);
  for (const node of nodes) graph.forEachNeighbor(node, (neighbour) => traversed.mergeEdge(node, neighbour));
  // A fixed random source keeps the split the same from one recompute to the next.
  const communities = louvain(traversed, { rng: seededRandom(1) });
  const byCommunity = new Map<number, string[]>();
  for (const node of nodes) {
    if (!node.startsWith(HANDSET)) continue;
    const community = communities[node]!;
    if (!byCommunity.has(community)) byCommunity.set(community, []);
    byCommunity.get(community)!.push(node.slice(HANDSET.length));
  }
  return [...byCommunity.values()];
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
