// Group by property on the canvas (numbers by identity or operator, handsets by ring) and back, and a
// supernode's page replaced by its groups: pure functions over hand-made elements, and the store's steps.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { collapseBy, expandCollapsed, GROUPINGS } from '../../client/src/explorer/canvas-grouping.ts';
import { canvasStore } from '../../client/src/explorer/canvas-store.ts';
import {
  groupElements,
  memberElements,
  withoutPages,
  type GroupData,
} from '../../client/src/explorer/supernode.ts';
import type { ExpandResult } from '../../client/src/api/types.ts';

const node = (id: string, data: Record<string, unknown> = {}) =>
  ({
    group: 'nodes',
    data: { id, label: id.split(':')[0], key: id.split(':')[1], caption: id, ...data },
  }) as ElementDefinition & ExpandResult['nodes'][number];
const edge = (source: string, target: string, type = 'USED_IN') =>
  ({ group: 'edges', data: { id: `${source}-${target}`, source, target, type } }) as ElementDefinition &
    ExpandResult['edges'][number];
const ids = (elements: ElementDefinition[]) => elements.map((element) => element.data.id).sort();
const grouping = (id: string) => GROUPINGS.find((candidate) => candidate.id === id)!;

/** Two handsets sharing SIM:1, a third alone; SIM:1 and SIM:2 of one identity; operators a, a, b. */
const canvas = (): ElementDefinition[] => [
  node('Handset:1'),
  node('Handset:2'),
  node('Handset:3'),
  node('Identity:k', { caption: 'Asha' }),
  node('SIM:1', { operator: 'a' }),
  node('SIM:2', { operator: 'a' }),
  node('SIM:3', { operator: 'b' }),
  edge('SIM:1', 'Handset:1'),
  edge('SIM:1', 'Handset:2'),
  edge('SIM:2', 'Handset:2'),
  edge('SIM:3', 'Handset:3'),
  edge('SIM:1', 'Identity:k', 'REGISTERED_TO'),
  edge('SIM:2', 'Identity:k', 'REGISTERED_TO'),
];
const positions = { 'SIM:1': { x: 0, y: 0 }, 'SIM:2': { x: 10, y: 20 }, 'Handset:1': { x: 5, y: 5 } };

describe('grouping on the canvas', () => {
  it("collapses an identity's numbers into one node with the count, linked to what they were linked to", () => {
    const collapse = collapseBy(grouping('sim-identity'), canvas(), positions)!;
    const group = collapse.elements.find((element) => element.data.label === 'Group')!;
    expect(group.data).toMatchObject({ count: 2, kind: 'SIM', caption: 'Numbers of Asha\n2' });
    expect(ids(collapse.elements).filter((id) => /^SIM:\d+$/.test(id!))).toEqual(['SIM:3']);
    const links = collapse.elements.filter((element) => element.data.type === 'GROUPED');
    expect(links.map((link) => link.data.target).sort()).toEqual(['Handset:1', 'Handset:2', 'Identity:k']);
    expect(collapse.positions[group.data.id!]).toEqual({ x: 5, y: 10 });
    // Back: the same elements, the members where they were.
    const back = expandCollapsed(collapse.elements, collapse.stashes, group.data.id!);
    expect(ids(back.elements)).toEqual(ids(canvas()));
    expect(back.positions).toEqual({ 'SIM:1': { x: 0, y: 0 }, 'SIM:2': { x: 10, y: 20 } });
    expect(back.stashes).toEqual({});
  });

  it('groups numbers by operator (no group of one) and handsets by the numbers they shared', () => {
    const byOperator = collapseBy(grouping('sim-operator'), canvas(), positions)!;
    expect(
      byOperator.elements.filter((element) => element.data.label === 'Group').map((g) => g.data.count),
    ).toEqual([2]);
    expect(ids(byOperator.elements)).toContain('SIM:3');
    const byRing = collapseBy(grouping('handset-ring'), canvas(), positions)!;
    const ring = byRing.elements.find((element) => element.data.label === 'Group')!;
    expect(ring.data).toMatchObject({ count: 2, kind: 'Handset' });
    expect(ids(byRing.elements)).toContain('Handset:3');
    expect(collapseBy(grouping('handset-ring'), [node('Handset:9')], {})).toBeNull();
  });

  it('keeps a link between two groups for whichever comes back last', () => {
    const first = collapseBy(grouping('handset-ring'), canvas(), positions)!;
    const second = collapseBy(grouping('sim-identity'), first.elements, positions)!;
    const stashes = { ...first.stashes, ...second.stashes };
    const [ringGroup, simGroup] = [Object.keys(first.stashes)[0]!, Object.keys(second.stashes)[0]!];
    // The first group back first: its numbers' links wait in the second group for their numbers.
    const one = expandCollapsed(second.elements, stashes, ringGroup);
    const both = expandCollapsed(one.elements, one.stashes, simGroup);
    expect(ids(both.elements).filter((id) => !id!.includes('|'))).toEqual(ids(canvas()));
  });
});

describe('the canvas store with groups', () => {
  beforeEach(() => {
    canvasStore.claim('test');
    canvasStore.clear();
  });

  it('collapses and ungroups as undo steps, the members back at their positions', () => {
    canvasStore.add(canvas());
    canvasStore.savePositions(positions);
    expect(canvasStore.collapse(grouping('sim-operator'))).toBe(true);
    const state = canvasStore.getState();
    expect(Object.keys(state.stashes)).toHaveLength(1);
    expect(ids(state.elements)).not.toContain('SIM:1');
    canvasStore.savePositions({}); // the canvas no longer draws the members
    canvasStore.ungroup();
    expect(ids(canvasStore.getState().elements)).toEqual(ids(canvas()));
    expect(canvasStore.getState().positions['SIM:2']).toEqual({ x: 10, y: 20 });
    canvasStore.undo();
    expect(ids(canvasStore.getState().elements)).not.toContain('SIM:1');
    canvasStore.undo();
    expect(ids(canvasStore.getState().elements)).toEqual(ids(canvas()));
    expect(canvasStore.getState().stashes).toEqual({});
  });

  it("removes an opened group's members with it, and the groups of a node with the node", () => {
    canvasStore.add([node('Dealer:d'), node('group:x', { label: 'Group', of: 'Dealer:d' })]);
    canvasStore.add([node('SIM:5', { parent: 'group:x' }), edge('SIM:5', 'Dealer:d', 'ISSUED_BY')]);
    canvasStore.remove(['Dealer:d']);
    expect(canvasStore.getState().elements).toEqual([]);
  });
});

describe('a supernode expanded', () => {
  const result: ExpandResult = {
    nodes: [node('Dealer:d'), node('SIM:1'), node('SIM:2'), node('Handset:h'), node('SIM:9')],
    edges: [
      edge('SIM:1', 'Dealer:d', 'ISSUED_BY'),
      edge('SIM:2', 'Dealer:d', 'ISSUED_BY'),
      edge('SIM:9', 'Handset:h'),
      edge('SIM:9', 'Dealer:d', 'ISSUED_BY'),
    ],
    truncated: [{ node: 'Dealer:d', shown: 3, total: 700 }],
  };

  it("leaves out the supernode's page but for links to nodes drawn anyway", () => {
    const rest = withoutPages(result, new Set(['Dealer:d']), new Set(['Dealer:d', 'SIM:2']));
    expect(ids(rest.nodes)).toEqual(['Dealer:d', 'Handset:h', 'SIM:2', 'SIM:9']);
    expect(ids(rest.edges)).toEqual(['SIM:2-Dealer:d', 'SIM:9-Dealer:d', 'SIM:9-Handset:h']);
    expect(rest.truncated).toEqual([]);
  });

  it('draws each group with its count, and a page of members inside it with a "+N more"', () => {
    const [groupNode, link] = groupElements(
      { node: 'Dealer:d', groups: [{ kind: 'SIM', property: 'activatedMonth', value: '2024-03', count: 5 }] },
      [],
    );
    expect(groupNode!.data).toMatchObject({ label: 'Group', count: 5, caption: 'SIM, activated 2024-03\n5' });
    expect(groupNode!.data.parent).toBeUndefined();
    expect(link!.data).toMatchObject({ source: 'Dealer:d', target: groupNode!.data.id, type: 'GROUP' });
    const page: ExpandResult = {
      ...result,
      edges: result.edges.slice(0, 2),
      nodes: result.nodes.slice(0, 3),
    };
    const members = memberElements(page, groupNode!.data as GroupData, new Set(['Dealer:d', 'SIM:2']), 0);
    const byId = new Map(members.map((element) => [element.data.id, element.data]));
    expect(byId.get('SIM:1')!.parent).toBe(groupNode!.data.id);
    expect(byId.get('SIM:2')!.parent).toBeUndefined(); // drawn elsewhere already: stays there
    expect(byId.get(groupNode!.data.id)).toMatchObject({
      shown: 2,
      caption: 'SIM, activated 2024-03 (2 of 5)',
    });
    expect(byId.get(`more:${groupNode!.data.id}`)).toMatchObject({
      caption: '+3 more',
      parent: groupNode!.data.id,
    });
  });
});
