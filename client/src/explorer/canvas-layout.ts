// Where new nodes go, and how the view fits them. fcose lays a fresh canvas out from scratch (spectral,
// then force-directed) and refines later additions from positions next to a neighbour already placed, so
// a ring's handsets, shared numbers and identities settle together rather than restarting the picture.
import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import type { Position } from './canvas-store.ts';
import {
  layOutByUnits,
  MEMBER_SPACING,
  movesOutOf,
  packedGroupSize,
  ringsAround,
  sunflower,
  type Box,
  type Square,
} from './compound-layout.ts';

/** Above this a single node or two would fill the canvas with a huge label. */
export const MAX_FIT_ZOOM = 1.4;

/**
 * Members of an opened group go on a sunflower where the collapsed group was, pushed away from the node
 * whose neighbours they are, so the group opens in place; room is made for it (makeRoom).
 */
function placeMembers(instance: Core, members: NodeCollection, known: Record<string, Position>) {
  const byGroup = new Map<string, NodeSingular[]>();
  members.forEach((node) => {
    const group = node.data('parent') as string;
    byGroup.set(group, [...(byGroup.get(group) ?? []), node]);
  });
  for (const [groupId, nodes] of byGroup) {
    const group = instance.getElementById(groupId);
    const at = known[groupId] ?? { x: 0, y: 0 };
    const from = instance.getElementById(group.data('of') as string);
    const away = from.nonempty()
      ? { x: at.x - from.position('x'), y: at.y - from.position('y') }
      : { x: 1, y: 0 };
    const length = Math.hypot(away.x, away.y) || 1;
    const radius = MEMBER_SPACING * Math.sqrt(nodes.length);
    const centre = { x: at.x + (away.x / length) * radius, y: at.y + (away.y / length) * radius };
    sunflower(centre, nodes.length).forEach((position, index) => nodes[index]!.position(position));
    makeRoom(instance, { ...centre, r: packedGroupSize(nodes.length) / 2 }, group, from);
  }
}

/**
 * Makes room for an opened group (`square`, its box) beside the node `from` whose neighbours it holds:
 * the node's other collapsed groups go on rings around it, clear of the box (ringsAround); any other
 * top-level node or opened group in the way moves out to the box's edge. Pinned nodes stay, and so does
 * the rest.
 */
function makeRoom(instance: Core, square: Square, group: NodeSingular, from: NodeSingular) {
  const squareOf = (node: NodeSingular) => {
    const box = node.boundingBox({ includeLabels: false });
    return {
      id: node.id(),
      x: (box.x1 + box.x2) / 2,
      y: (box.y1 + box.y2) / 2,
      r: Math.max(box.w, box.h) / 2,
    };
  };
  const units = instance
    .nodes()
    .orphans()
    .map((node) => node) // an array of nodes
    .filter((node) => node.id() !== group.id() && node.id() !== from.id() && !node.locked());
  const isSibling = (node: NodeSingular) =>
    from.nonempty() && node.data('label') === 'Group' && node.data('of') === from.id() && !node.isParent();
  const siblings = units.filter(isSibling);
  if (siblings.length > 0) putOnRings(from, siblings, square);
  const moves = movesOutOf(square, units.filter((node) => !isSibling(node)).map(squareOf));
  for (const [id, by] of moves) {
    const unit = instance.getElementById(id);
    // An opened group's place is its members': they move, and it with them.
    (unit.isParent() ? unit.descendants().filter((node) => !node.locked()) : unit).shift(by);
  }
}

export function layoutAdditions(
  instance: Core,
  additions: NodeCollection,
  isFresh: boolean,
  known: Record<string, Position> = {},
) {
  const members = additions.filter((node) => {
    const parent = node.data('parent') as string | undefined;
    return parent !== undefined && additions.getElementById(parent).empty();
  });
  placeMembers(instance, members, known);
  const added = additions.difference(members);
  if (added.empty()) return;
  added.forEach((node) => {
    const anchor = node.neighborhood('node').difference(added).first() as NodeSingular;
    if (anchor.nonempty()) {
      const { x, y } = anchor.position();
      node.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
    }
  });
  const size = instance.elements().length;
  instance
    .layout({
      name: 'fcose',
      randomize: isFresh,
      animate: false,
      fit: false,
      quality: isFresh && size > 2000 ? 'draft' : 'default',
      nodeRepulsion: 7500,
      idealEdgeLength: 70,
      nodeSeparation: 90,
    } as LayoutOptions)
    .run();
  placeGroupsAround(instance, added);
}

/** A node's box on the canvas, its label included. */
function boxOf(node: NodeSingular): Box {
  const { w, h } = node.boundingBox();
  return { id: node.id(), w, h };
}

/** Groups by kind, then value (months in order, none last). */
function byKindAndValue(a: NodeSingular, b: NodeSingular): number {
  const [kindA, kindB] = [String(a.data('kind')), String(b.data('kind'))];
  if (kindA !== kindB) return kindA < kindB ? -1 : 1;
  const [valueA, valueB] = [a.data('value') as string | null, b.data('value') as string | null];
  if (valueA === valueB) return 0;
  if (valueA === null) return 1;
  if (valueB === null) return -1;
  return valueA < valueB ? -1 : 1;
}

/**
 * A node's groups just drawn go on rings around it, in order of kind and value (a dealer's months run
 * clockwise from the top, the oldest inside): fcose left a rogue dealer's thirty groups over each other.
 */
function placeGroupsAround(instance: Core, added: NodeCollection) {
  const byNode = new Map<string, NodeSingular[]>();
  added
    .filter((node) => node.data('label') === 'Group' && !node.data('collapsed') && !node.locked())
    .forEach((group) => {
      const of = group.data('of') as string;
      byNode.set(of, [...(byNode.get(of) ?? []), group]);
    });
  for (const [of, groups] of byNode) {
    const from = instance.getElementById(of);
    if (from.nonempty()) putOnRings(from, groups);
  }
}

/** Moves `groups` of the node `from` onto rings around it in order of kind and value, clear of `avoid`. */
function putOnRings(from: NodeSingular, groups: NodeSingular[], avoid?: Square) {
  const boxes = groups.sort(byKindAndValue).map(boxOf);
  const middle = from.boundingBox({ includeLabels: false });
  for (const [id, place] of ringsAround(from.position(), middle, boxes, undefined, avoid))
    from.cy().getElementById(id).position(place);
}

/** Above this many nodes a fit reads their positions only: measuring every label takes seconds. */
const FIT_BY_POSITIONS = 2_000;

/** Fits what is visible, but never closer than MAX_FIT_ZOOM. */
export function fitWithMaxZoom(instance: Core) {
  const visible = instance.elements(':visible');
  if (visible.empty()) return;
  if (visible.nodes().length > FIT_BY_POSITIONS) fitPositions(instance, visible.nodes(), 40);
  else instance.fit(visible, 40);
  if (instance.zoom() > MAX_FIT_ZOOM) {
    instance.zoom(MAX_FIT_ZOOM);
    instance.center(visible);
  }
}

/** Cytoscape's fit, from the nodes' centres and a margin for their size, not their labels' extents. */
function fitPositions(instance: Core, nodes: NodeCollection, padding: number) {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((node) => {
    const { x, y } = node.position();
    [left, top, right, bottom] = [
      Math.min(left, x),
      Math.min(top, y),
      Math.max(right, x),
      Math.max(bottom, y),
    ];
  });
  const margin = padding + 30;
  const fitted = Math.min(
    instance.width() / (right - left + 2 * margin),
    instance.height() / (bottom - top + 2 * margin),
  );
  // Cytoscape refuses a zoom outside its bounds but still takes the pan made for it: the view would land
  // at zoom 1 beside the drawing, an empty canvas.
  const zoom = Math.min(instance.maxZoom(), Math.max(instance.minZoom(), fitted));
  instance.viewport({
    zoom,
    pan: {
      x: instance.width() / 2 - (zoom * (left + right)) / 2,
      y: instance.height() / 2 - (zoom * (top + bottom)) / 2,
    },
  });
}

export type LayoutName = 'force' | 'concentric' | 'hierarchy';

export const LAYOUTS: { name: LayoutName; title: string }[] = [
  { name: 'force', title: 'Force' },
  { name: 'concentric', title: 'Concentric by risk' },
  { name: 'hierarchy', title: 'Dealer → SIM → handset' },
];

/** Options of each layout the user can choose; pinned (locked) nodes keep their place in all of them. */
function layoutOptions(instance: Core, name: LayoutName): LayoutOptions {
  const common = { animate: false, fit: false };
  if (name === 'concentric')
    return {
      ...common,
      name: 'concentric',
      // The riskiest in the middle, rings outwards by score; unscored nodes outermost.
      concentric: (node: NodeSingular) => Number(node.data('riskScore') ?? -1),
      levelWidth: () => 10,
      minNodeSpacing: 24,
    } as LayoutOptions;
  if (name === 'hierarchy') {
    // Dealers on top, or identities; with neither, Cytoscape's own choice (the best-linked node of each
    // part): an empty set of roots would put every node on one level.
    const dealers = instance.nodes('[label = "Dealer"]');
    const roots = dealers.nonempty() ? dealers : instance.nodes('[label = "Identity"]');
    return {
      ...common,
      name: 'breadthfirst',
      roots: roots.nonempty() ? roots : undefined,
      spacingFactor: 0.9,
      grid: false,
    } as LayoutOptions;
  }
  return {
    ...common,
    name: 'fcose',
    randomize: false,
    nodeRepulsion: 7500,
    idealEdgeLength: 70,
    nodeSeparation: 90,
    fixedNodeConstraint: instance
      .nodes(':locked')
      .map((node) => ({ nodeId: node.id(), position: { ...node.position() } })),
  } as LayoutOptions;
}

/**
 * Lays the whole canvas out again as the user chose. fcose keeps an opened group's members together by
 * itself; the ranked layouts would scatter them, so they place each group as one unit.
 */
export function runLayout(instance: Core, name: LayoutName) {
  const elements = instance.elements().not('.filtered');
  if (elements.empty()) return;
  if (name === 'force') elements.layout(layoutOptions(instance, name)).run();
  else layOutByUnits(instance, elements, (core) => layoutOptions(core, name));
  fitWithMaxZoom(instance);
}
