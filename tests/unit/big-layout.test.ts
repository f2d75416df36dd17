import { describe, expect, it } from 'vitest';
import { layoutBigGraph, type LayoutInput } from '../../client/src/explorer/big-layout.ts';

/** Farms: each handset with its own numbers, neighbouring handsets sharing one number; plus loners. */
function farms(count: number, numbersEach: number): LayoutInput {
  const nodes: string[] = [];
  const edges: [string, string][] = [];
  for (let farm = 0; farm < count; farm += 1) {
    for (let handset = 0; handset < 4; handset += 1) {
      const h = `Handset:${farm}-${handset}`;
      nodes.push(h);
      for (let n = 0; n < numbersEach; n += 1) {
        nodes.push(`SIM:${farm}-${handset}-${n}`);
        edges.push([`SIM:${farm}-${handset}-${n}`, h]);
      }
      if (handset > 0) edges.push([`SIM:${farm}-${handset - 1}-0`, h]);
    }
  }
  nodes.push('Dealer:alone');
  return { nodes, edges, fixed: {} };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('the big-canvas layout', () => {
  it('places every node, each number beside its own handset rather than another', () => {
    const input = farms(30, 12);
    const positions = layoutBigGraph(input);
    expect(Object.keys(positions).sort()).toEqual([...input.nodes].sort());
    expect(Object.values(positions).every(({ x, y }) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    const handsets = input.nodes.filter((id) => id.startsWith('Handset:'));
    for (const [sim, handset] of input.edges.filter(([sim]) => !sim.endsWith('-0'))) {
      const own = distance(positions[sim]!, positions[handset]!);
      const nearestOther = Math.min(
        ...handsets
          .filter((other) => other !== handset)
          .map((other) => distance(positions[sim]!, positions[other]!)),
      );
      expect(own).toBeLessThan(nearestOther);
    }
  });

  it('keeps the farms apart: no two nodes on top of each other', () => {
    const positions = Object.values(layoutBigGraph(farms(20, 8)));
    let closest = Infinity;
    for (let i = 0; i < positions.length; i += 1)
      for (let j = i + 1; j < positions.length; j += 1)
        closest = Math.min(closest, distance(positions[i]!, positions[j]!));
    expect(closest).toBeGreaterThan(5);
  });

  it('leaves drawn nodes where they are and puts new ones around them', () => {
    const first = farms(5, 6);
    const drawn = layoutBigGraph(first);
    const grown = farms(6, 6);
    const positions = layoutBigGraph({ ...grown, fixed: drawn });
    for (const [id, position] of Object.entries(drawn)) expect(positions[id]).toEqual(position);
    const newHandset = positions['Handset:5-0']!;
    expect(Number.isFinite(newHandset.x)).toBe(true);
  });

  it('draws the same graph the same way every time', () => {
    expect(layoutBigGraph(farms(10, 5))).toEqual(layoutBigGraph(farms(10, 5)));
  });
});
