// Fitting a big drawing to the canvas: a view always shows the drawing, even when it needs a zoom
// smaller than the canvas allows. A headless Cytoscape is one pixel square, so any wide drawing is such a
// case.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fitWithMaxZoom } from '../../client/src/explorer/canvas-layout.ts';

/** `count` nodes on a grid 3,000 units wide, centred on (1500, 1000). */
function gridOf(count: number): ElementDefinition[] {
  return Array.from({ length: count }, (_, index) => ({
    data: { id: `n${index}` },
    position: { x: (index % 50) * (3_000 / 49), y: 500 + Math.floor(index / 50) * (1_000 / 49) },
  }));
}

describe('fitting a big drawing', () => {
  it('takes the smallest zoom allowed, centred on the drawing, when the fit would need a smaller one', () => {
    const instance = cytoscape({ headless: true, minZoom: 0.02 });
    instance.add(gridOf(2_500)); // added, not given to the constructor, whose layout would move them
    fitWithMaxZoom(instance);
    expect(instance.zoom()).toBe(0.02);
    const view = instance.extent();
    expect((view.x1 + view.x2) / 2).toBeCloseTo(1_500, 6);
    expect((view.y1 + view.y2) / 2).toBeCloseTo(1_000, 6);
  });
});
