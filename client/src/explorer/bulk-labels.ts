// The nodes of a big drawing come without labels (`bulk`, see graph-style.ts): measuring ten thousand
// labels was a third of the drawing's time, at a zoom where none of them is drawn. They get their labels
// when the user zooms in far enough to read them, the nodes in view only, a few hundred a task.
import type { BoundingBox12, Core } from 'cytoscape';

/**
 * Below this zoom no label is drawn anyway: the biggest (14 px, handsets, dealers, identities) falls
 * under the style's `min-zoomed-font-size` of 7.
 */
export const READABLE_ZOOM = 0.5;
/** Nodes labelled in one task: each is styled and measured again (about 0.2 ms). */
const LABELS_A_TASK = 400;
/** A wheel zoom is a burst of viewport events: label once it has settled. */
const SETTLE_MS = 120;

/** The bulk nodes to label now: none below the readable zoom, else those whose centre is in view. */
export function nodesToLabel(
  nodes: { id: string; x: number; y: number }[],
  view: BoundingBox12,
  zoom: number,
): string[] {
  if (zoom < READABLE_ZOOM) return [];
  return nodes
    .filter(({ x, y }) => x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2)
    .map(({ id }) => id);
}

/** Labels bulk nodes as they come into a readable view; returns the clean-up. */
export function labelBulkNodesInView(instance: Core): () => void {
  let settle: ReturnType<typeof setTimeout> | undefined;
  let next: ReturnType<typeof setTimeout> | undefined;
  const labelInView = () => {
    clearTimeout(next);
    const bulk = instance.nodes('.bulk');
    if (bulk.empty()) return;
    const ids = nodesToLabel(
      bulk.map((node) => ({ id: node.id(), ...node.position() })),
      instance.extent(),
      instance.zoom(),
    );
    const labelSome = (from: number) => {
      if (instance.destroyed()) return;
      const chunk = ids.slice(from, from + LABELS_A_TASK);
      instance.batch(() => chunk.forEach((id) => instance.getElementById(id).removeClass('bulk')));
      if (from + LABELS_A_TASK < ids.length) next = setTimeout(() => labelSome(from + LABELS_A_TASK), 0);
    };
    if (ids.length > 0) labelSome(0);
  };
  const onViewport = () => {
    clearTimeout(settle);
    settle = setTimeout(labelInView, SETTLE_MS);
  };
  instance.on('viewport', onViewport);
  return () => {
    clearTimeout(settle);
    clearTimeout(next);
    instance.off('viewport', onViewport);
  };
}
