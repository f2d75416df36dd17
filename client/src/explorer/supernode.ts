// A node with more neighbours than a page (a rogue dealer's hundreds of SIMs, a farm handset's numbers)
// expands to groups rather than a hairball: its page of neighbours is left out, and each of its neighbour
// groups (kind and property, counted by the server) becomes a node of its own with the count. Opening a
// group makes it a Cytoscape compound node whose children are its members, a page at a time. Pure
// functions over elements; use-canvas-actions runs them.
import type { ElementDefinition } from 'cytoscape';
import type { ExpandResult, NodeLabel } from '../api/types.ts';
import type { NeighbourGroups } from '../../../server/graph/neighbour-groups.ts';
import { formatNumber } from '../format.ts';

export type { NeighbourGroup, NeighbourGroups } from '../../../server/graph/neighbour-groups.ts';

export const GROUP_PREFIX = 'group:';

/** A group on the canvas, as its node's data holds it. */
export interface GroupData {
  id: string;
  label: 'Group';
  /** The node whose neighbours these are. */
  of: string;
  kind: NodeLabel;
  property: string | null;
  value: string | null;
  count: number;
  /** Relationship types the expand asked for (empty: all), used again when the group is opened. */
  types: string[];
  /** Members drawn inside it; 0 while it is collapsed. */
  shown: number;
  caption: string;
  /** A group collapsed on the canvas (canvas-grouping.ts) rather than fetched. */
  collapsed?: boolean;
}

const PROPERTY_WORDS: Record<string, string> = {
  activatedMonth: 'activated',
  reportedMonth: 'reported',
  photoHash: 'face',
};

/** A grouping property as the page names it: "activated", "face", or the property itself. */
export const propertyWord = (property: string) => PROPERTY_WORDS[property] ?? property;

/** "SIM, activated 2024-03", "Handset, model Redmi 9", "Identity, face 3fa2…". */
export function groupTitle(group: Pick<GroupData, 'kind' | 'property' | 'value'>): string {
  if (group.property === null) return group.kind;
  const value = group.value ?? 'unknown';
  const shown = group.property === 'photoHash' ? `${value.slice(0, 6)}…` : value;
  return `${group.kind}, ${propertyWord(group.property)} ${shown}`;
}

export const groupCaption = (group: Omit<GroupData, 'caption' | 'id' | 'label'>) =>
  group.shown > 0
    ? `${groupTitle(group)} (${formatNumber(group.shown)} of ${formatNumber(group.count)})`
    : `${groupTitle(group)}\n${formatNumber(group.count)}`;

export const groupNodeId = (of: string, group: Pick<GroupData, 'kind' | 'property' | 'value'>) =>
  `${GROUP_PREFIX}${of}|${group.kind}|${group.property ?? ''}|${group.value ?? ''}`;

const groupEdgeId = (groupId: string) => `${groupId}|edge`;

/** The groups of one node, each a node with its count and a link from the node. */
export function groupElements(answer: NeighbourGroups, types: string[]): ElementDefinition[] {
  return answer.groups.flatMap((group): ElementDefinition[] => {
    const id = groupNodeId(answer.node, group);
    const data = { ...group, of: answer.node, types, shown: 0 };
    return [
      { group: 'nodes', data: { ...data, id, label: 'Group', key: id, caption: groupCaption(data) } },
      { group: 'edges', data: { id: groupEdgeId(id), source: answer.node, target: id, type: 'GROUP' } },
    ];
  });
}

/**
 * The expand answer without the pages of `supernodes` (drawn as groups instead): their links are left
 * out but for those to nodes drawn anyway (on the canvas already, expanded, or linked to another expanded
 * node), and so are neighbours no link is left to; the supernodes' "+N more" goes too.
 */
export function withoutPages(
  result: ExpandResult,
  supernodes: Set<string>,
  present: Set<string>,
): ExpandResult {
  const isPaged = (edge: ExpandResult['edges'][number]) =>
    supernodes.has(edge.data.source) || supernodes.has(edge.data.target);
  const kept = result.edges.filter((edge) => !isPaged(edge));
  const drawn = new Set([...present, ...supernodes]);
  for (const edge of kept) [edge.data.source, edge.data.target].forEach((id) => drawn.add(id));
  const edges = result.edges.filter(
    (edge) => !isPaged(edge) || (drawn.has(edge.data.source) && drawn.has(edge.data.target)),
  );
  return {
    nodes: result.nodes.filter((node) => drawn.has(node.data.id)),
    edges,
    truncated: result.truncated.filter((entry) => !supernodes.has(entry.node)),
  };
}

/**
 * A page of a group's members: new nodes go inside the group (Cytoscape's `parent`), nodes already drawn
 * elsewhere stay where they are; the group's count of members shown, and a "+N more" inside it when there
 * are more.
 */
export function memberElements(
  result: ExpandResult,
  group: GroupData,
  present: Set<string>,
  shownBefore: number,
): ElementDefinition[] {
  const members = result.nodes.filter((node) => node.data.id !== group.of);
  const shown = shownBefore + members.length;
  const nodes = members.map((node) =>
    present.has(node.data.id) ? node : { ...node, data: { ...node.data, parent: group.id } },
  );
  const updated = { ...group, shown };
  const more: ElementDefinition[] =
    shown < group.count
      ? [
          {
            group: 'nodes',
            data: {
              id: `more:${group.id}`,
              label: 'More',
              caption: `+${formatNumber(group.count - shown)} more`,
              of: group.id,
              shown,
              key: group.id,
              parent: group.id,
            },
          },
        ]
      : [];
  return [
    { group: 'nodes', data: { ...updated, caption: groupCaption(updated) } },
    ...nodes,
    ...result.edges,
    ...more,
  ];
}

/** A collapsed group again: what its children were, to be removed, and its data with nothing shown. */
export function collapsedGroup(elements: ElementDefinition[], group: GroupData) {
  const children = elements
    .filter((element) => element.group === 'nodes' && element.data.parent === group.id)
    .map((element) => element.data.id!);
  const data = { ...group, shown: 0 };
  return { children, data: { ...data, caption: groupCaption(data) } };
}
