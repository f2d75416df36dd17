// The canvas's keyboard cursor: the node the arrow keys move to, Space selects, Enter expands. An arrow
// moves to the neighbour lying most nearly in its direction (within 60° of it on either side), or, with
// no such neighbour, to the nearest node on the canvas in that direction.
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** Most of a half-turn is not "in that direction": the cone is 60° either side of the arrow. */
const CONE_COSINE = Math.cos((60 * Math.PI) / 180);

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * Of the candidates, the one the arrow reaches from `from`: in the cone, nearest by distance weighted
 * against the angle (a node straight ahead beats a slightly closer one off to the side).
 */
export function nextInDirection(
  from: Placed,
  candidates: Placed[],
  direction: Direction,
): Placed | undefined {
  const { x: dx, y: dy } = VECTORS[direction];
  let best: Placed | undefined;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const [vx, vy] = [candidate.x - from.x, candidate.y - from.y];
    const length = Math.hypot(vx, vy);
    if (length === 0) continue;
    const cosine = (vx * dx + vy * dy) / length;
    if (cosine < CONE_COSINE) continue;
    const cost = length / cosine;
    if (cost < bestCost) [best, bestCost] = [candidate, cost];
  }
  return best;
}

const placed = (node: NodeSingular): Placed => ({ id: node.id(), ...node.position() });

/** Where the cursor goes: a neighbour in that direction, else any visible node in that direction. */
export function moveCursor(
  instance: Core,
  fromId: string | undefined,
  direction: Direction,
): string | undefined {
  const visible = instance.nodes(':visible');
  const from = fromId ? instance.getElementById(fromId) : undefined;
  if (!from || from.empty() || !from.visible()) return nearestToCentre(instance)?.id();
  const neighbours = from.neighborhood('node:visible').map(placed);
  const next =
    nextInDirection(placed(from), neighbours, direction) ??
    nextInDirection(placed(from), visible.map(placed), direction);
  return next?.id ?? from.id();
}

function nearestToCentre(instance: Core): NodeSingular | undefined {
  const extent = instance.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  let best: NodeSingular | undefined;
  let bestDistance = Infinity;
  instance.nodes(':visible').forEach((node) => {
    const distance = Math.hypot(node.position().x - centre.x, node.position().y - centre.y);
    if (distance < bestDistance) [best, bestDistance] = [node, distance];
  });
  return best;
}

/** Marks the cursor on the canvas and brings it into view if it is outside. */
export function showCursor(instance: Core, id: string | undefined) {
  instance.nodes('.cursor').removeClass('cursor');
  if (!id) return;
  const node = instance.getElementById(id);
  node.addClass('cursor');
  const { x, y } = node.position();
  const extent = instance.extent();
  if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) instance.center(node);
}
