// A canvas saved to a case and opened again (client/src/explorer/case-view.ts and the canvas store): the
// same nodes at the same positions with the same filters and selection, "+N more" placeholders left out,
// nodes already drawn moved to the saved places, and opening a view one undo step. And the addresses.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import type { SavedView } from '../../client/src/cases/cases-api.ts';
import { canvasOfView, viewOfCanvas } from '../../client/src/explorer/case-view.ts';
import { canvasStore } from '../../client/src/explorer/canvas-store.ts';
import { groupElements, groupNodeId, type GroupData } from '../../client/src/explorer/supernode.ts';
import { viewOfPath } from '../../client/src/layout/views.ts';

const node = (id: string, data: Record<string, unknown> = {}) => ({
  group: 'nodes' as const,
  data: { id, label: id.split(':')[0]!, key: id.split(':')[1]!, caption: id, ...data },
});
const edge = (source: string, target: string) => ({
  group: 'edges' as const,
  data: { id: `${source}-${target}`, source, target, type: 'USED_IN' },
});

beforeEach(() => {
  canvasStore.claim('test');
  canvasStore.clear();
});

/**
 * What the server answers for a saved view: the nodes as sent, and the graph of those still there; its
 * groups counted now (`counts`, by position in the list).
 */
function asSaved(
  view: ReturnType<typeof viewOfCanvas>,
  gone: string[] = [],
  counts: number[] = [],
): SavedView {
  const still = view.nodes.filter((n) => !gone.includes(n.id));
  return {
    ...view,
    id: 'VIEW-000000000001',
    savedBy: 'investigator',
    savedAt: '2026-12-02T15:00:00.000Z',
    missing: gone,
    groups: view.groups.map((group, index) => ({ ...group, count: counts[index] ?? 1 })),
    missingGroups: [],
    graph: {
      nodes: still.map((n) => node(n.id)) as SavedView['graph']['nodes'],
      edges: [edge('SIM:9876543210', 'Handset:1')],
    },
  };
}

describe('a canvas saved to a case and opened', () => {
  it('keeps the nodes (not "+N more") where they were drawn, with the filters, selection and highlight', () => {
    canvasStore.add([
      node('Handset:1'),
      node('SIM:9876543210'),
      edge('SIM:9876543210', 'Handset:1'),
      node('more:Handset:1', { label: 'More', of: 'Handset:1' }),
    ]);
    canvasStore.savePositions({
      'Handset:1': { x: 0.1 + 0.2, y: -1 / 3 },
      'SIM:9876543210': { x: 1e21 / 7, y: 5e-324 },
      'more:Handset:1': { x: 9, y: 9 },
    });
    canvasStore.toggleKind('Victim');
    canvasStore.setDateWindow({ from: '2025-01-01', to: '' });
    canvasStore.select(['Handset:1', 'more:Handset:1']);
    canvasStore.highlight(['Handset:1', 'SIM:9876543210-Handset:1']);

    const view = viewOfCanvas(canvasStore.getState(), 'The farm');
    expect(view).toEqual({
      name: 'The farm',
      nodes: [
        { id: 'Handset:1', x: 0.1 + 0.2, y: -1 / 3 },
        { id: 'SIM:9876543210', x: 1e21 / 7, y: 5e-324 },
      ],
      groups: [],
      hiddenKinds: ['Victim'],
      dateWindow: { from: '2025-01-01', to: '' },
      selection: ['Handset:1'],
      highlight: ['Handset:1', 'SIM:9876543210-Handset:1'],
    });

    // Someone else's canvas, with one of the nodes elsewhere: opening moves it to the saved place.
    canvasStore.clear();
    canvasStore.add([node('Handset:1'), node('Dealer:P1')]);
    canvasStore.savePositions({ 'Handset:1': { x: 500, y: 500 }, 'Dealer:P1': { x: 1, y: 1 } });
    const before = canvasStore.getState();
    canvasStore.openView(canvasOfView(asSaved(view)));
    const opened = canvasStore.getState();
    expect(opened.elements.map((element) => element.data.id)).toEqual([
      'Handset:1',
      'SIM:9876543210',
      'SIM:9876543210-Handset:1',
    ]);
    expect(opened.positions['Handset:1']).toEqual({ x: 0.1 + 0.2, y: -1 / 3 });
    expect(opened.positions['SIM:9876543210']).toEqual({ x: 1e21 / 7, y: 5e-324 });
    expect(opened.placeRequests).toBe(before.placeRequests + 1);
    expect(opened.fitRequests).toBe(before.fitRequests + 1);
    expect([opened.hiddenKinds, opened.dateWindow, opened.selected]).toEqual([
      ['Victim'],
      { from: '2025-01-01', to: '' },
      ['Handset:1'],
    ]);

    canvasStore.undo();
    expect(canvasStore.getState().elements.map((element) => element.data.id)).toEqual([
      'Handset:1',
      'Dealer:P1',
    ]);
  });

  it('draws what the graph still holds of a view, and selects only that', () => {
    const view = {
      name: 'Before',
      nodes: [
        { id: 'Handset:1', x: 1, y: 2 },
        { id: 'Victim:V-GONE', x: 3, y: 4 },
      ],
      groups: [],
      hiddenKinds: [],
      dateWindow: { from: '', to: '' },
      selection: ['Victim:V-GONE'],
      highlight: [],
    };
    const canvas = canvasOfView(asSaved(view, ['Victim:V-GONE']));
    expect((canvas.elements as ElementDefinition[]).filter((e) => e.group === 'nodes')).toHaveLength(1);
    expect(canvas.selected).toEqual([]);
  });
});

describe('the groups of a canvas saved to a case', () => {
  const dealerGroup = (value: string, data: Partial<GroupData> = {}) => {
    const group = { kind: 'SIM' as const, property: 'activatedMonth', value, count: 40 };
    return groupElements({ node: 'Dealer:P1', groups: [group] }, ['ISSUED_BY'])
      .filter((element) => element.group === 'nodes')
      .map((element) => ({ ...element, data: { ...element.data, ...data } }));
  };

  it("keeps a node's unopened groups where they are, and opens them counted as the graph is now", () => {
    const march = groupNodeId('Dealer:P1', { kind: 'SIM', property: 'activatedMonth', value: '2024-03' });
    const april = groupNodeId('Dealer:P1', { kind: 'SIM', property: 'activatedMonth', value: '2024-04' });
    canvasStore.add([
      node('Dealer:P1'),
      ...dealerGroup('2024-03'),
      // Opened: its members are nodes of the view; a group made on the canvas (Group ▾) is kept as nodes.
      ...dealerGroup('2024-04', { shown: 12 }),
      ...dealerGroup('2024-05', { collapsed: true }),
    ]);
    canvasStore.savePositions({
      'Dealer:P1': { x: 0, y: 0 },
      [march]: { x: 120.5, y: -80 },
      [april]: { x: 9, y: 9 },
    });

    const view = viewOfCanvas(canvasStore.getState(), 'The dealer by month');
    expect(view.groups).toEqual([
      {
        of: 'Dealer:P1',
        kind: 'SIM',
        property: 'activatedMonth',
        value: '2024-03',
        types: ['ISSUED_BY'],
        x: 120.5,
        y: -80,
      },
    ]);

    canvasStore.clear();
    canvasStore.openView(canvasOfView(asSaved(view, [], [43])));
    const opened = canvasStore.getState();
    const group = opened.elements.find((element) => element.data.id === march);
    expect(group?.data).toMatchObject({
      label: 'Group',
      of: 'Dealer:P1',
      count: 43,
      shown: 0,
      types: ['ISSUED_BY'],
    });
    expect(group?.data.caption).toBe('SIM, activated 2024-03\n43');
    expect(
      opened.elements.some((element) => element.data.source === 'Dealer:P1' && element.data.target === march),
    ).toBe(true);
    expect(opened.positions[march]).toEqual({ x: 120.5, y: -80 });
  });
});

describe('the view an address shows', () => {
  it.each([
    ['alerts', 'alerts'],
    ['cases', 'cases'],
    ['cases/CASE-20261202-9F2C41A7', 'cases'],
    ['cases/CASE-20261202-9F2C41A7/views/VIEW-9F2C41A79F2C', 'explorer'],
    ['explorer', 'explorer'],
    ['', ''],
  ])('shows #/%s in the %s view', (path, view) => {
    expect(viewOfPath(path)).toBe(view);
  });
});
