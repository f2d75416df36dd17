// Cytoscape's concentric and breadthfirst layouts place every node by its own rank, so the members of an
// opened group (the children of a compound node) were scattered over the rings or levels and the group's
// box stretched across the canvas. Here each top-level node and each opened group is one unit: the
// layout runs on a headless copy where a group is one node as big as its members packed, ranked by its
// riskiest member and linked to whatever its members link to; then the group's members are packed on a
// disc around the place the group got, the riskiest in the middle.
import cytoscape, {
  type Collection,
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import type { Position } from './canvas-store.ts';

/** Room a group's member takes in its compound node. */
export const MEMBER_SPACING = 36;

/** Padding of an opened group's box around its members (as graph-style draws it). */
const GROUP_PADDING = 14;

/** `count` points on a sunflower around `centre` (the golden angle between them): an even disc. */
export function sunflower(centre: Position, count: number, spacing = MEMBER_SPACING): Position[] {
  return Array.from({ length: count }, (_, index) => {
    const r = spacing * Math.sqrt(index + 0.5);
    const angle = index * 2.39996;
    return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
  });
}

/** Width (and height) of the box around `count` members on a sunflower. */
export const packedGroupSize = (count: number) =>
  2 * MEMBER_SPACING * Math.sqrt(count) + MEMBER_SPACING + 2 * GROUP_PADDING;

/**
 * A square of the canvas, by its centre and half its side: an opened group's box (or a node's), whose
 * members fill a disc of that radius.
 */
export interface Square {
  x: number;
  y: number;
  r: number;
}

/**
 * How far each of `units` must move, straight out from the centre of `square`, for their squares not to
 * touch it (`gap` between): those clear of it already stay, and are left out of the answer.
 */
export function movesOutOf(
  square: Square,
  units: (Square & { id: string })[],
  gap = MEMBER_SPACING,
): Map<string, Position> {
  const moves = new Map<string, Position>();
  for (const unit of units) {
    const [dx, dy] = [unit.x - square.x, unit.y - square.y];
    const apart = square.r + unit.r + gap;
    if (Math.max(Math.abs(dx), Math.abs(dy)) >= apart) continue;
    const distance = Math.hypot(dx, dy);
    // A unit at the very centre goes right.
    const [ux, uy] = distance > 0 ? [dx / distance, dy / distance] : [1, 0];
    // The shortest way along that line until one side is far enough: x or y.
    const along = (d: number, u: number) => (u === 0 ? Infinity : (Math.sign(u) * apart - d) / u);
    const t = Math.min(along(dx, ux), along(dy, uy));
    moves.set(unit.id, { x: ux * t, y: uy * t });
  }
  return moves;
}

/** A box to place: its id and size. */
export interface Box {
  id: string;
  w: number;
  h: number;
}

/**
 * Places `boxes` (a node's groups, in the order given) on rings around a node at `centre` of size
 * `middle`, clockwise from the top, the inner ring first, each ring full but the last, which spreads its
 * boxes evenly. Measured in cells of the widest and the tallest box (and `gap`), the boxes are squares
 * a √2 apart, so no two meet; in pixels the rings are ellipses as wide as the boxes are. Places whose box
 * would meet `avoid` (an opened group's box beside the node) are left out.
 */
export function ringsAround(
  centre: Position,
  middle: { w: number; h: number },
  boxes: Box[],
  gap = MEMBER_SPACING / 2,
  avoid?: Square,
): Map<string, Position> {
  const places = new Map<string, Position>();
  if (boxes.length === 0) return places;
  const cell = {
    w: Math.max(...boxes.map((box) => box.w)) + gap,
    h: Math.max(...boxes.map((box) => box.h)) + gap,
  };
  const isFree = ({ x, y }: Position) =>
    !avoid || Math.abs(x - avoid.x) >= avoid.r + cell.w / 2 || Math.abs(y - avoid.y) >= avoid.r + cell.h / 2;
  const pitch = Math.SQRT2;
  const inner = (Math.max(middle.w / cell.w, middle.h / cell.h) / 2 + 0.5) * Math.SQRT2 + 0.01;
  let placed = 0;
  for (let ring = 0; placed < boxes.length; ring += 1) {
    const radius = inner + ring * pitch;
    // As many as fit a pitch apart along the chord between neighbours.
    const fits = Math.max(1, Math.floor(Math.PI / Math.asin(Math.min(1, pitch / (2 * radius)))));
    const free = Array.from({ length: fits }, (_, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / fits;
      return {
        x: centre.x + radius * Math.cos(angle) * cell.w,
        y: centre.y + radius * Math.sin(angle) * cell.h,
      };
    }).filter(isFree);
    const count = Math.min(free.length, boxes.length - placed);
    // The last ring's boxes spread over its free places rather than bunched at the top.
    for (let index = 0; index < count; index += 1)
      places.set(boxes[placed + index]!.id, free[Math.floor((index * free.length) / count)]!);
    placed += count;
  }
  return places;
}

const topOf = (node: NodeSingular): NodeSingular => {
  let top = node;
  while (top.parent().nonempty()) top = top.parent().first();
  return top;
};

const riskOf = (node: NodeSingular) => {
  const score = node.data('riskScore') as unknown;
  return typeof score === 'number' ? score : -1;
};

/** One node of the headless copy for a top-level node or an opened group of `members`. */
function unitOf(node: NodeSingular, members: NodeSingular[]): ElementDefinition {
  const position = { ...node.position() };
  if (!node.isParent())
    return {
      group: 'nodes',
      data: { ...node.data(), width: node.outerWidth(), height: node.outerHeight() },
      position,
      locked: node.locked(),
    };
  const size = packedGroupSize(members.length);
  const risk = Math.max(...members.map(riskOf));
  return {
    group: 'nodes',
    data: {
      id: node.id(),
      // The members' kind, so a group of dealers is a root of the hierarchy like a dealer.
      label: (node.data('kind') as string | undefined) ?? node.data('label'),
      ...(risk >= 0 ? { riskScore: risk } : {}),
      width: size,
      height: size,
    },
    position,
  };
}

/**
 * Lays `elements` of `instance` out with the layout `optionsFor` gives for a core, each opened group as
 * one unit (see the top of the file); locked (pinned) nodes keep their place. The layout fills the
 * canvas's box at the origin, as Cytoscape's own does.
 */
export function layOutByUnits(
  instance: Core,
  elements: Collection,
  optionsFor: (core: Core) => LayoutOptions,
) {
  const nodes = elements.nodes();
  const leaves = nodes.filter((node) => !node.isParent());
  const membersOf = new Map<string, NodeSingular[]>();
  leaves.forEach((node) => {
    const top = topOf(node);
    if (top.id() !== node.id()) membersOf.set(top.id(), [...(membersOf.get(top.id()) ?? []), node]);
  });
  const units = nodes.orphans();
  const unitIds = new Set(units.map((node) => node.id()));
  const links = new Map<string, ElementDefinition>();
  elements.edges().forEach((edge) => {
    const [source, target] = [topOf(edge.source()).id(), topOf(edge.target()).id()];
    const id = `${source}\u0000${target}`;
    if (source !== target && unitIds.has(source) && unitIds.has(target) && !links.has(id))
      links.set(id, { group: 'edges', data: { id, source, target } });
  });
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [...units.map((node) => unitOf(node, membersOf.get(node.id()) ?? [])), ...links.values()],
  });
  copy
    .layout({
      ...optionsFor(copy),
      boundingBox: { x1: 0, y1: 0, w: instance.width(), h: instance.height() },
    } as LayoutOptions)
    .run();
  instance.batch(() => {
    units.forEach((node) => {
      const at = copy.getElementById(node.id()).position();
      const members = membersOf.get(node.id());
      if (!members) {
        node.position({ ...at });
        return;
      }
      const free = members.filter((member) => !member.locked()).sort((a, b) => riskOf(b) - riskOf(a));
      sunflower(at, free.length).forEach((position, index) => free[index]!.position(position));
    });
  });
  copy.destroy();
}
