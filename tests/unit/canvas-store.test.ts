// The explorer's canvas model: additions and removals as undo steps, dependents removed with a node,
// newer facts merged, one filter of kinds and dates.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { canvasStore } from '../../client/src/explorer/canvas-store.ts';
import { filteredOutNodeIds } from '../../client/src/explorer/canvas-filter.ts';

const node = (id: string, data: Record<string, unknown> = {}): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id.split(':')[0], key: id.split(':')[1], caption: id, ...data },
});
const edge = (source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}-${target}`, source, target, type: 'USED_IN' },
});
const ids = () => canvasStore.getState().elements.map((element) => element.data.id);

beforeEach(() => {
  canvasStore.claim('test');
  canvasStore.clear();
});

describe('the canvas store', () => {
  it('adds only new elements, drops edges whose ends are missing, and undoes and redoes each step', () => {
    expect(
      canvasStore.add([
        node('Handset:1'),
        node('SIM:9'),
        edge('SIM:9', 'Handset:1'),
        edge('SIM:8', 'Handset:1'),
      ]),
    ).toEqual(['Handset:1', 'SIM:9', 'SIM:9-Handset:1']);
    expect(canvasStore.add([node('Handset:1')])).toEqual([]);
    canvasStore.remove(['SIM:9']);
    expect(ids()).toEqual(['Handset:1']);
    canvasStore.undo();
    expect(ids()).toEqual(['Handset:1', 'SIM:9', 'SIM:9-Handset:1']);
    canvasStore.redo();
    expect(ids()).toEqual(['Handset:1']);
    expect(canvasStore.getState().canRedo).toBe(false);
  });

  it('removes a node with its edges and its "+N more", and keeps the selection of what is left', () => {
    canvasStore.add([
      node('Handset:1'),
      node('SIM:9'),
      edge('SIM:9', 'Handset:1'),
      node('more:Handset:1', { label: 'More', of: 'Handset:1' }),
      edge('Handset:1', 'more:Handset:1'),
    ]);
    canvasStore.select(['Handset:1', 'SIM:9']);
    canvasStore.remove(['Handset:1']);
    expect(ids()).toEqual(['SIM:9']);
    expect(canvasStore.getState().selected).toEqual(['SIM:9']);
  });

  it('refuses an element without an explicit group', () => {
    expect(() => canvasStore.add([{ data: { id: 'Complaint:1', source: 'NCRP' } }])).toThrow(/no group/);
  });

  it('takes newer facts about a node already drawn (a number found reported) without an undo step', () => {
    canvasStore.add([node('SIM:9')]);
    canvasStore.add([node('SIM:9', { complaints: 2 })]);
    expect(canvasStore.getState().elements[0]!.data.complaints).toBe(2);
    canvasStore.undo();
    expect(ids()).toEqual([]);
  });

  it('keeps the selection in the order it was made', () => {
    canvasStore.add([node('Handset:1'), node('Handset:2')]);
    canvasStore.select(['Handset:2']);
    canvasStore.select(['Handset:1', 'Handset:2']);
    expect(canvasStore.getState().selected).toEqual(['Handset:2', 'Handset:1']);
  });
});

describe('the canvas filter', () => {
  const window = { from: '2025-01-01', to: '2025-03-31' };
  const outOf = (elements: ElementDefinition[], hiddenKinds: string[] = []) => [
    ...filteredOutNodeIds(elements as { group: string; data: Record<string, unknown> }[], {
      hiddenKinds,
      dateWindow: window,
    }),
  ];
  const period = (sim: string, handset: string, firstSeen: string, lastSeen: string): ElementDefinition => ({
    group: 'edges',
    data: {
      id: `${sim}-${handset}-${firstSeen}`,
      source: sim,
      target: handset,
      type: 'USED_IN',
      firstSeen,
      lastSeen,
    },
  });

  it('hides a node of a hidden kind or dated outside the window, whichever applies', () => {
    const early = node('SIM:1', { activatedOn: '2024-05-01' });
    const inside = node('SIM:2', { activatedOn: '2025-02-01' });
    expect(outOf([early, inside, node('Dealer:1')])).toEqual(['SIM:1']);
    expect(outOf([early, inside, node('Dealer:1')], ['SIM'])).toEqual(['SIM:1', 'SIM:2']);
    expect(outOf([node('Complaint:1', { reportedOn: '2025-04-02' })])).toEqual(['Complaint:1']);
  });

  it('keeps a number activated long before while one of its periods lies in the window', () => {
    const elements = [
      node('Handset:1'),
      node('Handset:2'),
      node('SIM:1', { activatedOn: '2023-01-01' }), // in use in February 2025
      node('SIM:2', { activatedOn: '2025-01-10' }), // used only after the window
      period('SIM:1', 'Handset:1', '2024-12-01', '2025-02-15'),
      period('SIM:2', 'Handset:1', '2025-04-01', '2025-05-01'),
      period('SIM:2', 'Handset:2', '2025-06-01', '2025-06-30'),
    ];
    expect(outOf(elements)).toEqual(['Handset:2', 'SIM:2']);
  });

  it('drops the "+N more" node of a node it hides', () => {
    const elements = [
      node('SIM:1', { activatedOn: '2024-05-01' }),
      node('More:SIM:1', { label: 'More', of: 'SIM:1' }),
    ];
    expect(outOf(elements)).toEqual(['SIM:1', 'More:SIM:1']);
  });
});
