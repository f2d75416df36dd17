// The ranked layouts (concentric by risk, dealer → SIM → handset) with an opened group: its members stay
// together on a small disc where the group was ranked, instead of being spread over the rings or levels.
// A headless Cytoscape with the canvas's layouts, on a hand-made canvas.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { layoutAdditions, runLayout } from '../../client/src/explorer/canvas-layout.ts';
import { packedGroupSize, ringsAround, sunflower } from '../../client/src/explorer/compound-layout.ts';

const GROUP = 'group:Handset:1|SIM|operator|AIRTEL';

/**
 * A dealer who sold 30 numbers to a handset: 24 of them (risk 0 to 92) open in a group of the handset,
 * 6 loose (risk 95 to 100), and a second handset of risk 50 beside.
 */
function canvas(): Core {
  const elements: ElementDefinition[] = [
    { data: { id: 'Dealer:1', label: 'Dealer', riskScore: 10 } },
    { data: { id: 'Handset:1', label: 'Handset', riskScore: 80 } },
    { data: { id: 'Handset:2', label: 'Handset', riskScore: 50 } },
    { data: { id: GROUP, label: 'Group', kind: 'SIM', of: 'Handset:1' } },
  ];
  for (let index = 0; index < 30; index += 1) {
    const id = `SIM:${index}`;
    const inGroup = index < 24;
    elements.push(
      {
        data: {
          id,
          label: 'SIM',
          riskScore: inGroup ? index * 4 : 70 + index,
          parent: inGroup ? GROUP : undefined,
        },
      },
      { data: { id: `${id}-used`, source: id, target: 'Handset:1' } },
      { data: { id: `${id}-sold`, source: 'Dealer:1', target: id } },
    );
  }
  elements.push({ data: { id: 'SIM:0-other', source: 'SIM:0', target: 'Handset:2' } });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 24, height: 24 } }],
    elements,
  });
}

const members = (instance: Core) => instance.getElementById(GROUP).children();
const spanOf = (instance: Core) => {
  const box = members(instance).boundingBox({});
  return Math.max(box.w, box.h);
};
const centreOf = (instance: Core) => {
  const box = members(instance).boundingBox({});
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
};
const inside = (instance: Core, node: NodeSingular) => {
  const box = members(instance).boundingBox({});
  const { x, y } = node.position();
  return x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2;
};

describe('the ranked layouts with an opened group', () => {
  it('packs the members on a sunflower: the first in the middle, all within the group size', () => {
    const points = sunflower({ x: 100, y: 50 }, 24);
    expect(points).toHaveLength(24);
    expect(Math.hypot(points[0]!.x - 100, points[0]!.y - 50)).toBeLessThan(30);
    for (const point of points)
      expect(Math.hypot(point.x - 100, point.y - 50) * 2).toBeLessThan(packedGroupSize(24));
  });

  for (const name of ['concentric', 'hierarchy'] as const)
    it(`keeps a group's members together, the riskiest in the middle, and nothing else inside (${name})`, () => {
      const instance = canvas();
      runLayout(instance, name);
      expect(spanOf(instance)).toBeLessThanOrEqual(packedGroupSize(24));
      const centre = centreOf(instance);
      const riskiest = instance.getElementById('SIM:23').position();
      expect(Math.hypot(riskiest.x - centre.x, riskiest.y - centre.y)).toBeLessThan(40);
      instance
        .nodes()
        .orphans()
        .filter((node) => node.id() !== GROUP)
        .forEach((node) => expect(inside(instance, node), node.id()).toBe(false));
    });

  it('ranks the group with the numbers in the hierarchy: below the dealer, above the handsets', () => {
    const instance = canvas();
    runLayout(instance, 'hierarchy');
    const y = (id: string) => instance.getElementById(id).position('y');
    expect(centreOf(instance).y).toBeGreaterThan(y('Dealer:1'));
    expect(Math.abs(centreOf(instance).y - y('SIM:29'))).toBeLessThan(40);
    expect(centreOf(instance).y).toBeLessThan(y('Handset:1'));
  });

  it('ranks the group by its riskiest member in the concentric layout, and leaves a pinned node where it is', () => {
    const instance = canvas();
    instance.getElementById('Handset:2').position({ x: 5000, y: 5000 }).lock();
    runLayout(instance, 'concentric');
    const middle = instance.getElementById('SIM:29').position();
    const distance = (at: { x: number; y: number }) => Math.hypot(at.x - middle.x, at.y - middle.y);
    // Risk 92 is between the dealer's 10 and the loose numbers' 94 and more: nearer the middle than the dealer.
    expect(distance(centreOf(instance))).toBeLessThan(
      distance(instance.getElementById('Dealer:1').position()),
    );
    expect(instance.getElementById('Handset:2').position()).toEqual({ x: 5000, y: 5000 });
  });
});

describe('a group opened in place', () => {
  /**
   * A dealer with twelve groups of its SIMs in a tight ring around it (one pinned), a handset where the
   * first group will open, and one far away.
   */
  function ring(): Core {
    const elements: ElementDefinition[] = [
      { data: { id: 'Dealer:1', label: 'Dealer' }, position: { x: 0, y: 0 } },
      { data: { id: 'Handset:near', label: 'Handset' }, position: { x: 400, y: 30 } },
      { data: { id: 'Handset:far', label: 'Handset' }, position: { x: 3_000, y: 0 } },
    ];
    for (let index = 0; index < 12; index += 1) {
      const angle = (index / 12) * 2 * Math.PI;
      const id = `group:Dealer:1|SIM|activatedMonth|2024-${String(index + 1).padStart(2, '0')}`;
      elements.push(
        {
          data: { id, label: 'Group', kind: 'SIM', of: 'Dealer:1' },
          position: { x: 150 * Math.cos(angle), y: 150 * Math.sin(angle) },
          locked: index === 6,
        },
        { data: { id: `${id}|edge`, source: 'Dealer:1', target: id } },
      );
    }
    return cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 60, height: 60 } }],
      elements,
      layout: { name: 'preset' },
    });
  }

  it('puts its sibling groups on rings around their node, clear of it and of each other; pins and the rest stay', () => {
    const instance = ring();
    const opened = 'group:Dealer:1|SIM|activatedMonth|2024-01';
    const before = Object.fromEntries(instance.nodes().map((node) => [node.id(), { ...node.position() }]));
    const added = instance.add(
      Array.from({ length: 60 }, (_, index) => ({
        group: 'nodes' as const,
        data: { id: `SIM:${index}`, label: 'SIM', parent: opened },
      })),
    );
    layoutAdditions(instance, added.nodes(), false, { [opened]: before[opened]! });

    const box = instance.getElementById(opened).children().boundingBox({});
    const overlaps = (node: NodeSingular) => {
      const { x, y } = node.position();
      return x + 30 > box.x1 && x - 30 < box.x2 && y + 30 > box.y1 && y - 30 < box.y2;
    };
    const others = instance
      .nodes()
      .orphans()
      .map((node) => node)
      .filter((node) => node.id() !== opened && !node.locked() && node.id() !== 'Dealer:1');
    expect(others.filter(overlaps).map((node) => node.id())).toEqual([]);
    const siblings = others.filter((node) => node.data('label') === 'Group');
    expect(siblings).toHaveLength(10);
    for (const [index, a] of siblings.entries())
      for (const b of siblings.slice(index + 1)) {
        const [p, q] = [a.position(), b.position()];
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(60);
      }
    expect(instance.getElementById('Handset:near').position()).not.toEqual(before['Handset:near']);
    for (const id of ['Dealer:1', 'Handset:far', 'group:Dealer:1|SIM|activatedMonth|2024-07'])
      expect(instance.getElementById(id).position()).toEqual(before[id]);
  });
});

describe("a node's groups on rings around it", () => {
  it('keeps every box clear of the others and of the node, in order clockwise from the top', () => {
    // A rogue dealer's 32 months: boxes as wide as their label and as tall as their count makes them.
    const boxes = Array.from({ length: 32 }, (_, index) => ({
      id: `month ${index}`,
      w: 90 + (index % 5) * 10,
      h: 28 + (index % 7) * 3,
    }));
    const centre = { x: 400, y: -150 };
    const places = ringsAround(centre, { w: 30, h: 30 }, boxes, 10);
    expect(places.size).toBe(32);
    const rect = (box: { id: string; w: number; h: number }) => {
      const { x, y } = places.get(box.id)!;
      return { x1: x - box.w / 2, x2: x + box.w / 2, y1: y - box.h / 2, y2: y + box.h / 2 };
    };
    const meet = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
      a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const node = { x1: 385, x2: 415, y1: -165, y2: -135 };
    const meeting: string[] = [];
    boxes.forEach((a, index) => {
      if (meet(rect(a), node)) meeting.push(`${a.id} / the node`);
      for (const b of boxes.slice(index + 1)) if (meet(rect(a), rect(b))) meeting.push(`${a.id} / ${b.id}`);
    });
    expect(meeting).toEqual([]);
    // The first straight above the node, the next ones clockwise (screen y grows downwards).
    const first = places.get('month 0')!;
    expect(first.x).toBeCloseTo(centre.x, 6);
    expect(first.y).toBeLessThan(centre.y);
    expect(places.get('month 1')!.x).toBeGreaterThan(centre.x);
    // Compact: within a few boxes of the node, wider than tall like the boxes.
    const extent = [...places.values()];
    const width = Math.max(...extent.map((p) => p.x)) - Math.min(...extent.map((p) => p.x));
    const height = Math.max(...extent.map((p) => p.y)) - Math.min(...extent.map((p) => p.y));
    expect(width).toBeLessThan(10 * 140);
    expect(width).toBeGreaterThan(height);
  });
});
