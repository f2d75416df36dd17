// A layout for big canvases (thousands of nodes), fast enough to run in a web worker in about a second
// for 20,000 elements. A fraud graph is mostly stars: a handset with the dozens of numbers it used, a
// dealer with the SIMs it sold. Force-directing every node costs seconds; here only the hubs are
// force-directed (ForceAtlas2 on a graph of hubs, linked by the leaves they share), and each leaf is
// then put beside its hub on a sunflower spiral, or between its hubs when it has several. Pure: the
// worker (layout-worker.ts) calls it, and the unit tests do too.
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutInput {
  nodes: string[];
  edges: [source: string, target: string][];
  /** Nodes already drawn: they stay where they are, and new nodes settle around them. */
  fixed: Record<string, { x: number; y: number }>;
}

export type Positions = Record<string, { x: number; y: number }>;

/** A leaf has at most this many links, all to nodes with more links than itself. */
const MAX_LEAF_DEGREE = 4;
/** Distance between leaves on a hub's spiral: about a node and its gap. */
const LEAF_SPACING = 26;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function layoutBigGraph({ nodes, edges, fixed }: LayoutInput, seed = 1): Positions {
  const random = seededRandom(seed);
  const neighbours = new Map<string, Set<string>>(nodes.map((id) => [id, new Set()]));
  for (const [source, target] of edges) {
    if (source === target || !neighbours.has(source) || !neighbours.has(target)) continue;
    neighbours.get(source)!.add(target);
    neighbours.get(target)!.add(source);
  }
  const degree = (id: string) => neighbours.get(id)!.size;
  const isLeaf = (id: string) =>
    !fixed[id] &&
    degree(id) > 0 &&
    degree(id) <= MAX_LEAF_DEGREE &&
    [...neighbours.get(id)!].every((other) => degree(other) > degree(id));
  const hubs = nodes.filter((id) => !isLeaf(id));
  const leaves = nodes.filter(isLeaf);

  // Each hub's leaves, for its room on the canvas and its spiral.
  const leavesOf = new Map<string, string[]>(hubs.map((id) => [id, []]));
  for (const leaf of leaves) {
    const hubNeighbours = [...neighbours.get(leaf)!].filter((other) => leavesOf.has(other));
    if (hubNeighbours.length === 1) leavesOf.get(hubNeighbours[0]!)!.push(leaf);
  }
  const radiusOf = (hub: string) => LEAF_SPACING * Math.sqrt(leavesOf.get(hub)!.length + 1);

  const positions: Positions = { ...fixed };
  const isFresh = Object.keys(fixed).length === 0;
  Object.assign(
    positions,
    isFresh
      ? placeHubs(hubs, leaves, neighbours, radiusOf, random)
      : placeNewHubs(hubs, neighbours, fixed, radiusOf, random),
  );
  for (const [hub, own] of leavesOf) {
    const centre = positions[hub]!;
    if (own.length === 0) continue;
    const turn = random() * Math.PI * 2;
    own.forEach((leaf, index) => {
      const radius = LEAF_SPACING * Math.sqrt(index + 1.5);
      const angle = turn + (index + 1) * GOLDEN_ANGLE;
      positions[leaf] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    });
  }
  // Leaves between hubs (a number shared by two handsets), then leaves of leaves (a complaint on a number).
  for (let pass = 0; pass < 3; pass += 1) {
    for (const leaf of leaves) {
      if (positions[leaf]) continue;
      const placed = [...neighbours.get(leaf)!].map((other) => positions[other]).filter(Boolean);
      if (placed.length === 0) continue;
      const x = placed.reduce((sum, position) => sum + position!.x, 0) / placed.length;
      const y = placed.reduce((sum, position) => sum + position!.y, 0) / placed.length;
      positions[leaf] = { x: x + (random() - 0.5) * LEAF_SPACING, y: y + (random() - 0.5) * LEAF_SPACING };
    }
  }
  for (const id of nodes) positions[id] ??= { x: (random() - 0.5) * 100, y: (random() - 0.5) * 100 };
  return positions;
}

/**
 * Hubs by ForceAtlas2 on the graph of hubs: two hubs are linked when linked directly or through a
 * shared leaf. Each connected part is laid out alone, scaled so that neighbouring hubs leave room for
 * their spirals, and the parts are then packed in rows, largest first (as one picture of many rings).
 */
function placeHubs(
  hubs: string[],
  leaves: string[],
  neighbours: Map<string, Set<string>>,
  radiusOf: (hub: string) => number,
  random: () => number,
): Positions {
  const graph = new Graph({ type: 'undirected' });
  for (const hub of hubs) graph.addNode(hub);
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, 'weight', (weight: number) => weight + 1);
    else graph.addEdge(a, b, { weight: 1 });
  };
  const isHub = (id: string) => graph.hasNode(id);
  for (const hub of hubs)
    for (const other of neighbours.get(hub)!) if (isHub(other) && hub < other) link(hub, other);
  for (const leaf of leaves) {
    const around = [...neighbours.get(leaf)!].filter(isHub);
    for (let i = 0; i < around.length; i += 1)
      for (let j = i + 1; j < around.length; j += 1) link(around[i]!, around[j]!);
  }
  const parts = connectedComponents(graph).map((part) => layOutPart(graph, part, radiusOf, random));
  return packParts(parts);
}

interface LaidOutPart {
  positions: Positions;
  /** Its extent, spirals included, with the origin at its top left. */
  width: number;
  height: number;
}

function layOutPart(
  graph: Graph,
  part: string[],
  radiusOf: (hub: string) => number,
  random: () => number,
): LaidOutPart {
  let positions: Positions = { [part[0]!]: { x: 0, y: 0 } };
  if (part.length > 1) {
    const sub = subgraph(graph, part);
    const spread = Math.sqrt(part.length) * 10;
    sub.forEachNode((hub) =>
      sub.mergeNodeAttributes(hub, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }),
    );
    forceAtlas2.assign(sub, {
      iterations: sub.order > 5_000 ? 40 : sub.order > 1_000 ? 80 : 150,
      settings: { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: sub.order > 500 },
    });
    positions = {};
    sub.forEachNode((hub, { x, y }) => (positions[hub] = { x: x as number, y: y as number }));
    spaceOut(positions, radiusOf);
  }
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const hub of part) {
    const { x, y } = positions[hub]!;
    const radius = radiusOf(hub);
    [left, top] = [Math.min(left, x - radius), Math.min(top, y - radius)];
    [right, bottom] = [Math.max(right, x + radius), Math.max(bottom, y + radius)];
  }
  for (const hub of part) positions[hub] = { x: positions[hub]!.x - left, y: positions[hub]!.y - top };
  return { positions, width: right - left, height: bottom - top };
}

/** Rows of parts, largest first, in a roughly square picture with a gap between parts. */
function packParts(parts: LaidOutPart[]): Positions {
  const gap = LEAF_SPACING * 2;
  parts.sort((a, b) => b.width * b.height - a.width * a.height);
  const area = parts.reduce((sum, part) => sum + (part.width + gap) * (part.height + gap), 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.3, parts[0]?.width ?? 0);
  const placed: Positions = {};
  let [x, y, rowHeight] = [0, 0, 0];
  for (const part of parts) {
    if (x > 0 && x + part.width > rowWidth) [x, y, rowHeight] = [0, y + rowHeight + gap, 0];
    for (const [hub, position] of Object.entries(part.positions))
      placed[hub] = { x: position.x + x, y: position.y + y };
    x += part.width + gap;
    rowHeight = Math.max(rowHeight, part.height);
  }
  return placed;
}

/** The hubs of one part, with their links (graphology's own subgraph would copy every attribute). */
function subgraph(graph: Graph, part: string[]): Graph {
  const sub = new Graph({ type: 'undirected' });
  for (const hub of part) sub.addNode(hub);
  for (const hub of part)
    graph.forEachEdge(hub, (_edge, attributes, source, target) => {
      if (source === hub && !sub.hasEdge(source, target))
        sub.addEdge(source, target, { weight: attributes.weight as number });
    });
  return sub;
}

/**
 * New hubs on a canvas already drawn: each beside a drawn or newly placed node it is linked to (directly
 * or through one node between), on a spiral around it, so the drawn picture does not move.
 */
function placeNewHubs(
  hubs: string[],
  neighbours: Map<string, Set<string>>,
  fixed: LayoutInput['fixed'],
  radiusOf: (hub: string) => number,
  random: () => number,
): Positions {
  const placed: Positions = { ...fixed };
  const aroundCount = new Map<string, number>();
  const anchorOf = (hub: string) => {
    for (const other of neighbours.get(hub)!) if (placed[other]) return other;
    for (const other of neighbours.get(hub)!)
      for (const further of neighbours.get(other)!) if (further !== hub && placed[further]) return further;
    return undefined;
  };
  const fresh = hubs.filter((hub) => !fixed[hub]);
  // Two passes for hubs linked to the drawn picture (the second reaches hubs linked to new ones), then
  // the unlinked ones around the picture's first node.
  for (let pass = 0; pass < 3; pass += 1) {
    for (const hub of fresh) {
      if (placed[hub]) continue;
      const anchor = anchorOf(hub) ?? (pass === 2 ? Object.keys(fixed)[0] : undefined);
      if (!anchor) continue;
      const index = aroundCount.get(anchor) ?? 0;
      aroundCount.set(anchor, index + 1);
      const radius = radiusOf(anchor) + radiusOf(hub) + LEAF_SPACING * 2 * Math.sqrt(index);
      const angle = random() * Math.PI * 2 + index * GOLDEN_ANGLE;
      const centre = placed[anchor]!;
      placed[hub] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    }
  }
  return placed;
}

/**
 * Scales a fresh layout so that a typical hub's nearest neighbour is at least the sum of their spirals'
 * radii away (ForceAtlas2's units are arbitrary).
 */
function spaceOut(placed: Positions, radiusOf: (hub: string) => number) {
  const hubs = Object.keys(placed);
  if (hubs.length < 2) return;
  const sample = hubs.slice(0, 200);
  const ratios = sample.map((hub) => {
    let nearest = Infinity;
    let nearestHub = hub;
    for (const other of hubs) {
      if (other === hub) continue;
      const distance = Math.hypot(placed[hub]!.x - placed[other]!.x, placed[hub]!.y - placed[other]!.y);
      if (distance < nearest) [nearest, nearestHub] = [distance, other];
    }
    return (radiusOf(hub) + radiusOf(nearestHub)) / Math.max(nearest, 1e-6);
  });
  ratios.sort((a, b) => a - b);
  const scale = ratios[Math.floor(ratios.length / 2)]!;
  for (const hub of hubs) placed[hub] = { x: placed[hub]!.x * scale, y: placed[hub]!.y * scale };
}

/** A small fast seeded generator (mulberry32): the same graph gets the same picture. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
