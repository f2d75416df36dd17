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

/**
 * Places `siblings` (the other groups of the node at `from`) evenly on a circle around it, in their order
 * around it, leaving out the sector that `square` (an opened group beside it) takes: a fan with a gap where
 * the group opened. The circle is as wide as it was, or wider when they would not fit apart on it.
 */
export function fanAround(
  from: Position,
  siblings: (Square & { id: string })[],
  square: Square,
  gap = MEMBER_SPACING / 2,
): Map<string, Position> {
  const places = new Map<string, Position>();
  if (siblings.length === 0) return places;
  const angleOf = (point: Position) => Math.atan2(point.y - from.y, point.x - from.x);
  const towardsGroup = angleOf(square);
  const distance = Math.hypot(square.x - from.x, square.y - from.y);
  // Half the sector the square hides (its corners included), seen from the node; when the node is that
  // close to it, the half facing it, and the fan wide enough to pass behind its corners.
  const reach = square.r * Math.SQRT2 + gap;
  const hidden = distance > reach ? Math.asin(reach / distance) : Math.PI / 2;
  const open = 2 * Math.PI - 2 * hidden;
  const widest = Math.max(...siblings.map((sibling) => sibling.r)) * 2 + gap;
  const radius = Math.max(
    ...siblings.map((sibling) => Math.hypot(sibling.x - from.x, sibling.y - from.y)),
    (siblings.length * widest) / open,
    reach - distance + widest,
  );
  // Their order around the node, counted from the edge of the hidden sector.
  const turn = (angle: number) =>
    (((angle - towardsGroup - hidden) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const ordered = [...siblings].sort((a, b) => turn(angleOf(a)) - turn(angleOf(b)));
  ordered.forEach((sibling, index) => {
    const angle = towardsGroup + hidden + (open * (index + 0.5)) / ordered.length;
    places.set(sibling.id, { x: from.x + radius * Math.cos(angle), y: from.y + radius * Math.sin(angle) });
  });
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
