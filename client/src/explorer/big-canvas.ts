// Drawing thousands of new nodes at once: their layout's input (every node and link on the canvas to be,
// with the drawn nodes fixed), and adding them in slices between which the page answers clicks and draws.
import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutInput } from './big-layout.ts';
import type { Position } from './canvas-store.ts';
import { addElements } from './canvas-sync.ts';

/** From this many new nodes without a position, the layout runs in a worker (fcose would freeze the page). */
export const BIG_LAYOUT_NODES = 1_500;

/** Elements added in one task: about 100 ms of Cytoscape's work on this machine kind. */
const SLICE = 2_000;

export function layoutInputOf(
  instance: Core,
  elements: ElementDefinition[],
  known: Record<string, Position>,
): LayoutInput {
  const fixed: LayoutInput['fixed'] = { ...known };
  instance.nodes().forEach((node) => {
    fixed[node.id()] = { ...node.position() };
  });
  const nodes: string[] = [];
  const edges: LayoutInput['edges'] = [];
  for (const element of elements) {
    if (element.group === 'edges') edges.push([element.data.source as string, element.data.target as string]);
    else nodes.push(element.data.id!);
  }
  const wanted = new Set(nodes);
  for (const id of Object.keys(fixed)) if (!wanted.has(id)) delete fixed[id];
  return { nodes, edges, fixed };
}

/** Nodes first (a link needs both ends drawn), then links, a slice a task; stops when no longer wanted. */
export async function addInSlices(
  instance: Core,
  fresh: ElementDefinition[],
  positions: Record<string, Position>,
  stillWanted: () => boolean,
): Promise<void> {
  const ordered = [
    ...fresh.filter((element) => element.group !== 'edges'),
    ...fresh.filter((element) => element.group === 'edges'),
  ];
  for (let start = 0; start < ordered.length; start += SLICE) {
    if (!stillWanted()) return;
    addElements(instance, ordered.slice(start, start + SLICE), positions);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
