// Which nodes of a big drawing get their labels: none at a zoom where no label is drawn, and from the
// readable zoom on, only those in view.
import { describe, expect, it } from 'vitest';
import { nodesToLabel, READABLE_ZOOM } from '../../client/src/explorer/bulk-labels.ts';

const nodes = [
  { id: 'in', x: 10, y: 10 },
  { id: 'on the edge', x: 100, y: 0 },
  { id: 'right of view', x: 101, y: 50 },
  { id: 'above view', x: 50, y: -1 },
];
const view = { x1: 0, y1: 0, x2: 100, y2: 100 };

describe('nodesToLabel', () => {
  it('labels nothing while no label could be read', () => {
    expect(nodesToLabel(nodes, view, READABLE_ZOOM - 0.01)).toEqual([]);
  });

  it('labels the nodes in view, and only those, once labels can be read', () => {
    expect(nodesToLabel(nodes, view, READABLE_ZOOM)).toEqual(['in', 'on the edge']);
    expect(nodesToLabel(nodes, view, 2)).toEqual(['in', 'on the edge']);
  });
});
