// A canvas and a case's saved view, both ways: what "Save view to case" sends (the graph's nodes where
// they are drawn, the filters, selection and highlight) and what opening a view puts on the canvas (its
// nodes as the graph holds them now, at the saved positions).
import type { NodeLabel } from '../api/types.ts';
import type { NewView, SavedView } from '../cases/cases-api.ts';
import { nodesOf, type CanvasState, type SavedCanvas } from './canvas-store.ts';

/**
 * The canvas as the server keeps a view: its nodes (not the "+N more" placeholders nor the groups) where
 * they are drawn.
 */
export function viewOfCanvas(canvas: CanvasState, name: string): NewView {
  // Nodes collapsed into a group (Group ▾) are in the view too, where they were: a view holds evidence.
  const stashes = Object.values(canvas.stashes);
  const positions = Object.assign(
    {},
    ...stashes.map((stash) => stash.positions),
    canvas.positions,
  ) as CanvasState['positions'];
  const collapsed = stashes.flatMap((stash) => stash.elements);
  const nodes = nodesOf([...canvas.elements, ...collapsed]).map((node) => ({
    id: node.id,
    x: positions[node.id]?.x ?? 0,
    y: positions[node.id]?.y ?? 0,
  }));
  const drawn = new Set(nodes.map((node) => node.id));
  return {
    name,
    nodes,
    hiddenKinds: canvas.hiddenKinds.filter((kind) => kind !== 'More') as NodeLabel[],
    dateWindow: canvas.dateWindow,
    selection: canvas.selected.filter((id) => drawn.has(id)),
    highlight: canvas.highlighted,
  };
}

export function canvasOfView(view: SavedView): SavedCanvas {
  const drawn = new Set(view.graph.nodes.map((node) => node.data.id));
  return {
    elements: [...view.graph.nodes, ...view.graph.edges],
    positions: Object.fromEntries(view.nodes.map((node) => [node.id, { x: node.x, y: node.y }])),
    hiddenKinds: view.hiddenKinds,
    dateWindow: view.dateWindow ?? { from: '', to: '' },
    selected: view.selection.filter((id) => drawn.has(id)),
    highlighted: view.highlight,
  };
}
