// What the explorer does with a supernode's groups: open one (a page of its members inside it, then the
// next page from its "+N more") and close it again. use-canvas-actions runs them through its mutation.
import type { QueryClient } from '@tanstack/react-query';
import { canvasStore } from './canvas-store.ts';
import { expandQuery } from './graph-api.ts';
import { collapsedGroup, memberElements, type GroupData } from './supernode.ts';

/** The ids on the canvas. */
export const presentIds = () => new Set(canvasStore.getState().elements.map((element) => element.data.id!));

export function groupActions(
  client: QueryClient,
  perform: (label: string, run: () => Promise<void>) => void,
  page: number,
) {
  /** A page of a group's members, inside it; `shown` members are there already. */
  const fetchMembers = async (group: GroupData, shown: number) => {
    const { kind, property, value } = group;
    const options = { types: group.types, limit: page, offset: shown, group: { kind, property, value } };
    const result = await client.fetchQuery(expandQuery([group.of], options));
    return memberElements(result, group, presentIds(), shown);
  };

  const openGroup = (group: GroupData) =>
    perform(`Opening ${group.caption.split('\n')[0]}…`, async () => {
      if (group.shown === 0) canvasStore.add(await fetchMembers(group, 0));
    });

  /** An opened group collapsed again: its members leave the canvas, its count stays. */
  const closeGroup = (group: GroupData) => {
    const { children, data } = collapsedGroup(canvasStore.getState().elements, group);
    canvasStore.replace(children, { [group.id]: data });
  };

  return { fetchMembers, openGroup, closeGroup };
}
