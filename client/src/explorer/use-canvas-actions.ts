// What the explorer does to its canvas (as aws/graph-explorer's useAddToGraph): add a search result,
// expand nodes or a "+N more", open a ring, show a path. Each runs through one mutation, so the busy
// text and the error come from TanStack Query, and each is one undo step.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import type { NodeData, SearchResult } from '../api/types.ts';
import { canvasStore } from './canvas-store.ts';
import { expandNodes, moreEdgeId, type GroupedExpandOptions } from './expansion.ts';
import { nodeDetailsQuery, pathQuery, ringQuery } from './graph-api.ts';
import { ringPicture } from './ring-picture.ts';
import { groupActions, presentIds as present } from './group-actions.ts';
import type { GroupData } from './supernode.ts';

/** Neighbours a node shows when expanded; a node with more comes with its neighbours in groups. */
export const PAGE = 100;

interface CanvasAction {
  /** What the user sees while it runs ("Expanding…"). */
  label: string;
  run(): Promise<void>;
}

export function useCanvasActions() {
  const client = useQueryClient();
  const action = useMutation({ mutationFn: (work: CanvasAction) => work.run() });
  const perform = (label: string, run: () => Promise<void>) => action.mutate({ label, run });

  const gather = async (nodeIds: string[], options: GroupedExpandOptions) => {
    const elements: ElementDefinition[] = [];
    await expandNodes(client, nodeIds, options, (page) => elements.push(...page));
    return elements;
  };

  /** A node with more neighbours than a page comes with its neighbour groups (supernode.ts). */
  const expand = (nodeIds: string[], types: string[] = []) =>
    perform('Expanding…', async () => {
      canvasStore.add(await gather(nodeIds, { types, limit: PAGE, grouped: true, present: present() }));
    });

  const { fetchMembers, openGroup, closeGroup } = groupActions(client, perform, PAGE);

  /** A "+N more" node: the next page of its node's (or group's) neighbours replaces it. */
  const expandMore = (more: NodeData) =>
    perform('Fetching more…', async () => {
      const of = more.of as string;
      const group = canvasStore.getState().elements.find((element) => element.data.id === of);
      if (group?.data.label === 'Group') {
        const elements = await fetchMembers(group.data as GroupData, more.shown as number);
        canvasStore.remove([more.id]);
        canvasStore.add(elements);
        return;
      }
      const elements = await gather([of], { limit: PAGE, offset: more.shown as number });
      canvasStore.remove([more.id, moreEdgeId(of)]);
      canvasStore.add(elements);
    });

  const addResult = (result: SearchResult) =>
    perform(`Adding ${result.caption}…`, async () => {
      const details = await client.fetchQuery(nodeDetailsQuery(result.id));
      canvasStore.add([details.node]);
      canvasStore.select([result.id]);
    });

  /** Any node by id (from a list, a table, the audit trail): added, selected and in view. */
  const addNodes = (ids: string[]) =>
    perform('Adding…', async () => {
      const nodes = await Promise.all(ids.map((id) => client.fetchQuery(nodeDetailsQuery(id))));
      canvasStore.add(nodes.map((details) => details.node));
      canvasStore.select(ids);
      canvasStore.requestFit();
    });

  /** A ring as one picture (see ring-picture.ts); its handsets selected and highlighted. */
  const openRing = (ringId: string) =>
    perform(`Opening ${ringId}…`, async () => {
      const ring = await client.fetchQuery(ringQuery(ringId));
      const handsets = ring.handsets.map((handset) => `Handset:${String(handset.imei)}`);
      canvasStore.add(await ringPicture(client, handsets));
      canvasStore.select(handsets);
      canvasStore.highlight(handsets);
      canvasStore.requestFit();
    });

  const showPath = (from: string, to: string) =>
    perform('Finding the shortest path…', async () => {
      const path = await client.fetchQuery(pathQuery(from, to));
      canvasStore.add([...path.nodes, ...path.edges]);
      canvasStore.highlight([...path.nodes, ...path.edges].map((element) => element.data.id));
    });

  return {
    expand,
    expandMore,
    openGroup,
    closeGroup,
    addResult,
    addNodes,
    openRing,
    showPath,
    busy: action.isPending ? action.variables?.label : undefined,
    error: action.error,
    resetError: action.reset,
  };
}
