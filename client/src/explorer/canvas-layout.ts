// Where new nodes go, and how the view fits them. fcose lays a fresh canvas out from scratch (spectral,
// then force-directed) and refines later additions from positions next to a neighbour already placed, so
// a ring's handsets, shared numbers and identities settle together rather than restarting the picture.
import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';

/** Above this a single node or two would fill the canvas with a huge label. */
export const MAX_FIT_ZOOM = 1.4;

export function layoutAdditions(instance: Core, added: NodeCollection, isFresh: boolean) {
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
}

/** Fits what is visible, but never closer than MAX_FIT_ZOOM. */
export function fitWithMaxZoom(instance: Core) {
  const visible = instance.elements(':visible');
  if (visible.empty()) return;
  instance.fit(visible, 40);
  if (instance.zoom() > MAX_FIT_ZOOM) {
    instance.zoom(MAX_FIT_ZOOM);
    instance.center(visible);
  }
}
