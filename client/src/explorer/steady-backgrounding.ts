// A mend for Cytoscape's canvas renderer (3.34 and 3.35): drawing a node without a background image
// flips its `:backgrounding` state (drawNode counts the missing image as loaded in one of its two
// passes), and each flip restyles the node. A restyle throws away the layered texture of the whole
// drawing and makes the renderer skip that cache for 250 ms, so the first frame of a big drawing, and
// each new zoom level, drew all twenty thousand elements one by one instead of pasting one texture.
// Ringside's style never selects `:backgrounding`, so the state is held false.
import type { Collection } from 'cytoscape';

const steadyState: PropertyDescriptor = { get: () => false, set() {}, configurable: true };

export function keepBackgroundingSteady(elements: Collection) {
  elements.nodes().forEach((node) => {
    const internals = (node as unknown as { _private?: Record<string, unknown> })._private;
    if (internals && 'backgrounding' in internals)
      Object.defineProperty(internals, 'backgrounding', steadyState);
  });
}
