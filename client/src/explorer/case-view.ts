// A canvas and a case's saved view, both ways: what "Save view to case" sends (the graph's nodes and the
// unopened groups of their neighbours where they are drawn, the filters, selection and highlight) and what
// opening a view puts on the canvas (its nodes as the graph holds them now and its groups counted now, at
// the saved positions).
import type { ElementDefinition } from 'cytoscape';
import type { NodeLabel } from '../api/types.ts';
import type { NewView, SavedView, ViewGroup } from '../cases/cases-api.ts';
import { nodesOf, type CanvasState, type SavedCanvas } from './canvas-store.ts';
import { groupElements, groupNodeId, type GroupData } from './supernode.ts';

/**
 * The canvas as the server keeps a view: its nodes (not the "+N more" placeholders) and the groups of
 * their neighbours not opened yet, where they are drawn. An opened group's members are nodes of the view,
 * outside any group when it opens again.
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
  const groups = canvas.elements
    .map((element) => element.data as Partial<GroupData>)
    .filter(
      (data): data is GroupData =>
        data.label === 'Group' && !data.collapsed && data.shown === 0 && drawn.has(data.of!),
    )
    .map((group): ViewGroup => ({
      of: group.of,
      kind: group.kind,
      property: group.property,
      value: group.value,
      types: group.types as ViewGroup['types'],
      x: positions[group.id]?.x ?? 0,
      y: positions[group.id]?.y ?? 0,
    }));
  return {
    name,
    nodes,
    groups,
    hiddenKinds: canvas.hiddenKinds.filter((kind) => kind !== 'More') as NodeLabel[],
    dateWindow: canvas.dateWindow,
    selection: canvas.selected.filter((id) => drawn.has(id)),
    highlight: canvas.highlighted,
  };
}

export function canvasOfView(view: SavedView): SavedCanvas {
  const drawn = new Set(view.graph.nodes.map((node) => node.data.id));
  const groups = view.groups.flatMap(({ of, kind, property, value, count, types }): ElementDefinition[] =>
    groupElements({ node: of, groups: [{ kind, property, value, count }] }, types),
  );
  return {
    elements: [...view.graph.nodes, ...view.graph.edges, ...groups],
    positions: Object.fromEntries([
      ...view.nodes.map((node) => [node.id, { x: node.x, y: node.y }] as const),
      ...view.groups.map((group) => [groupNodeId(group.of, group), { x: group.x, y: group.y }] as const),
    ]),
    hiddenKinds: view.hiddenKinds,
    dateWindow: view.dateWindow ?? { from: '', to: '' },
    selected: view.selection.filter((id) => drawn.has(id)),
    highlighted: view.highlight,
  };
}
