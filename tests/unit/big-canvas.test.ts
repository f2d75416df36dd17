// Adding thousands of elements to a canvas in slices: everything arrives (nodes before the links that
// need them), at the positions given, links drawn as bulk lines, progress reported up to the total, and
// a drawing no longer wanted stops, and elements come out styled and sized as a plain add styles them
// (slices skip Cytoscape's cache clearing for fresh elements). On a headless Cytoscape core, as the
// canvas's own code runs it.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addInSlices } from '../../client/src/explorer/big-canvas.ts';
import { graphStyle } from '../../client/src/explorer/graph-style.ts';

/** `hubs` handsets, each with `leaves` numbers linked to it. */
function stars(hubs: number, leaves: number) {
  const elements: ElementDefinition[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  for (let hub = 0; hub < hubs; hub += 1) {
    const hubId = `Handset:${hub}`;
    elements.push({ group: 'nodes', data: { id: hubId, label: 'Handset', key: String(hub) } });
    positions[hubId] = { x: hub * 100, y: 0 };
    for (let leaf = 0; leaf < leaves; leaf += 1) {
      const leafId = `SIM:${hub}-${leaf}`;
      // Links first in the list: the slices must still add both ends before a link.
      elements.unshift({
        group: 'edges',
        data: { id: `${leafId}>${hubId}`, source: leafId, target: hubId, type: 'USED_IN' },
      });
      elements.push({ group: 'nodes', data: { id: leafId, label: 'SIM', key: leafId } });
      positions[leafId] = { x: hub * 100 + leaf, y: 10 };
    }
  }
  return { elements, positions };
}

describe('addInSlices', () => {
  it('adds every element at its place, links as bulk lines, and reports its progress to the total', async () => {
    const core = cytoscape({ headless: true });
    const { elements, positions } = stars(40, 60); // 2,440 nodes and 2,400 links: several slices
    const progress: number[] = [];
    await addInSlices(
      core,
      elements,
      positions,
      () => true,
      (added, total) => {
        expect(total).toBe(elements.length);
        progress.push(added);
      },
    );
    expect(core.nodes()).toHaveLength(2_440);
    expect(core.edges()).toHaveLength(2_400);
    expect(core.edges('.bulk')).toHaveLength(2_400);
    expect(core.nodes('.bulk')).toHaveLength(2_440); // without labels until zoomed in (bulk-labels.ts)
    expect(core.getElementById('SIM:7-3').position()).toEqual({ x: 703, y: 10 });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(elements.length);
  });

  it('stops between slices once the drawing is no longer wanted', async () => {
    const core = cytoscape({ headless: true });
    const { elements, positions } = stars(40, 60);
    let slices = 0;
    await addInSlices(
      core,
      elements,
      positions,
      () => slices < 1,
      () => (slices += 1),
    );
    expect(slices).toBe(1);
    expect(core.elements().length).toBeGreaterThan(0);
    expect(core.elements().length).toBeLessThan(elements.length);
  });

  it('styles and sizes every element as adding them in one batch does, next to nodes already drawn', async () => {
    const { elements, positions } = stars(30, 40);
    // Some handsets drawn before, with reported numbers and a risk score: styles that mapping and
    // selectors on data decide, and boxes that grow with them.
    const isDrawn = (element: ElementDefinition) =>
      element.group === 'nodes' && element.data.label === 'Handset';
    const withData = elements.map((element) =>
      element.group === 'nodes'
        ? { ...element, data: { ...element.data, riskScore: element.data.key.length * 9, complaints: 1 } }
        : element,
    );
    const core = () => cytoscape({ headless: true, styleEnabled: true, style: graphStyle });
    const sliced = core();
    const plain = core();
    for (const instance of [sliced, plain])
      instance.add(
        withData.filter(isDrawn).map((element) => ({ ...element, position: positions[element.data.id!] })),
      );
    const fresh = withData.filter((element) => !isDrawn(element));
    await addInSlices(sliced, fresh, positions, () => true);
    plain.add(
      fresh.map((element) => ({
        ...element,
        classes: ['bulk'],
        position: element.group === 'nodes' ? positions[element.data.id!] : undefined,
      })),
    );
    const looks = (instance: cytoscape.Core) =>
      instance.elements().map((element) => ({
        id: element.id(),
        style: element.style() as Record<string, string>,
        box: element.boundingBox(),
      }));
    const expected = looks(plain);
    expect(expected.some(({ style }) => style['outline-width'] === '4px')).toBe(true);
    expect(looks(sliced)).toEqual(expected);
  });
});
