// Group by property on the canvas: all numbers of one identity, all numbers of one operator, all handsets
// of one ring (handsets linked through the numbers they shared) collapse into one node with the count,
// and back. The collapsed members (nodes, their links, what hangs on them) leave the drawing but are kept,
// with their positions, so ungrouping puts them back where they were; the group keeps one link to each
// node its members were linked to. Pure functions over the canvas's elements; canvas-store keeps them.
import type { ElementDefinition } from 'cytoscape';
import type { Position } from './canvas-store.ts';

export const COLLAPSED_PREFIX = 'collapsed:';

/** What a collapsed group keeps for ungrouping. */
export interface Stash {
  elements: ElementDefinition[];
  positions: Record<string, Position>;
}

export interface Grouping {
  id: 'sim-identity' | 'sim-operator' | 'handset-ring';
  title: string;
  kind: string;
  /** What each node of `kind` belongs to (its key, and the words for it), or nothing. */
  keysOf(elements: ElementDefinition[]): Map<string, { key: string; words: string }>;
}

type Data = Record<string, unknown>;
const nodes = (elements: ElementDefinition[], kind: string) =>
  elements.filter(
    (element) => element.group === 'nodes' && element.data.label === kind && !element.data.parent,
  );
const edges = (elements: ElementDefinition[], type: string) =>
  elements.filter((element) => element.group === 'edges' && element.data.type === type);

function byIdentity(elements: ElementDefinition[]) {
  const captions = new Map(
    nodes(elements, 'Identity').map((node) => [node.data.id!, String(node.data.caption)]),
  );
  const keys = new Map<string, { key: string; words: string }>();
  for (const edge of edges(elements, 'REGISTERED_TO')) {
    const caption = captions.get(edge.data.target!);
    if (caption !== undefined)
      keys.set(edge.data.source!, { key: edge.data.target!, words: `of ${caption}` });
  }
  return keys;
}

function byOperator(elements: ElementDefinition[]) {
  const keys = new Map<string, { key: string; words: string }>();
  for (const node of nodes(elements, 'SIM')) {
    const operator = (node.data as Data).operator;
    if (typeof operator === 'string') keys.set(node.data.id!, { key: operator, words: `of ${operator}` });
  }
  return keys;
}

/** Handsets that shared a number on the canvas are one ring (union-find over USED_IN links). */
function byRing(elements: ElementDefinition[]) {
  const handsets = nodes(elements, 'Handset').map((node) => node.data.id!);
  const root = new Map(handsets.map((id) => [id, id]));
  const find = (id: string): string => (root.get(id) === id ? id : find(root.get(id)!));
  const firstHandsetOf = new Map<string, string>();
  for (const edge of edges(elements, 'USED_IN')) {
    const [sim, handset] = [edge.data.source!, edge.data.target!];
    if (!root.has(handset)) continue;
    const other = firstHandsetOf.get(sim);
    if (other === undefined) firstHandsetOf.set(sim, handset);
    else {
      const [a, b] = [find(other), find(handset)].sort();
      root.set(b!, a!);
    }
  }
  return new Map(
    handsets.map((id) => {
      const ring = find(id);
      return [id, { key: ring, words: `of the ring of …${ring.slice(-6)}` }];
    }),
  );
}

export const GROUPINGS: Grouping[] = [
  { id: 'sim-identity', title: 'Numbers by identity', kind: 'SIM', keysOf: byIdentity },
  { id: 'sim-operator', title: 'Numbers by operator', kind: 'SIM', keysOf: byOperator },
  { id: 'handset-ring', title: 'Handsets by ring', kind: 'Handset', keysOf: byRing },
];

/** Nodes that go with `ids`: "+N more" and supernode groups of them, members inside those, and links. */
export function withDependents(elements: ElementDefinition[], ids: Set<string>): Set<string> {
  const gone = new Set(ids);
  const dependsOnGone = (data: Data) =>
    ((data.label === 'More' || data.label === 'Group') && gone.has(data.of as string)) ||
    (typeof data.parent === 'string' && gone.has(data.parent));
  for (let grew = true; grew;) {
    grew = false;
    for (const element of elements)
      if (element.group === 'nodes' && !gone.has(element.data.id!) && dependsOnGone(element.data)) {
        gone.add(element.data.id!);
        grew = true;
      }
  }
  for (const element of elements)
    if (element.group === 'edges' && (gone.has(element.data.source!) || gone.has(element.data.target!)))
      gone.add(element.data.id!);
  return gone;
}

const centre = (points: Position[]): Position => ({
  x: points.reduce((sum, point) => sum + point.x, 0) / Math.max(points.length, 1),
  y: points.reduce((sum, point) => sum + point.y, 0) / Math.max(points.length, 1),
});

/** Groups of two members or more; the group node, its links to what its members were linked to. */
function groupsOf(grouping: Grouping, elements: ElementDefinition[]) {
  const memberOf = new Map<string, string>();
  const members = new Map<string, { words: string; ids: string[] }>();
  for (const [id, { key, words }] of grouping.keysOf(elements)) {
    const groupId = `${COLLAPSED_PREFIX}${grouping.id}:${key}`;
    const group = members.get(groupId) ?? { words, ids: [] };
    group.ids.push(id);
    members.set(groupId, group);
  }
  const drawn = new Set(elements.map((element) => element.data.id!));
  // One node or none is no group; a group already collapsed stays as it is.
  for (const [groupId, group] of members)
    if (group.ids.length < 2 || drawn.has(groupId)) members.delete(groupId);
    else group.ids.forEach((id) => memberOf.set(id, groupId));
  return { members, memberOf };
}

export interface Collapse {
  elements: ElementDefinition[];
  stashes: Record<string, Stash>;
  positions: Record<string, Position>;
}

/** The canvas with the groups of `grouping` collapsed, or null when no two nodes go together. */
export function collapseBy(
  grouping: Grouping,
  elements: ElementDefinition[],
  positions: Record<string, Position>,
): Collapse | null {
  const { members, memberOf } = groupsOf(grouping, elements);
  if (members.size === 0) return null;
  const gone = withDependents(elements, new Set(memberOf.keys()));
  const stashes: Record<string, Stash> = {};
  const groupNodes: ElementDefinition[] = [];
  const links = new Map<string, ElementDefinition>();
  const at: Record<string, Position> = {};
  for (const [groupId, group] of members) {
    const ids = new Set(withDependents(elements, new Set(group.ids)));
    const stashed = elements.filter((element) => ids.has(element.data.id!));
    const stashedPositions = stashed.flatMap((node) => {
      const position = positions[node.data.id!];
      return position ? [[node.data.id!, position] as const] : [];
    });
    stashes[groupId] = { elements: stashed, positions: Object.fromEntries(stashedPositions) };
    at[groupId] = centre(group.ids.flatMap((id) => (positions[id] ? [positions[id]!] : [])));
    const count = group.ids.length;
    const caption = `${grouping.kind === 'SIM' ? 'Numbers' : 'Handsets'} ${group.words}\n${count}`;
    groupNodes.push({
      group: 'nodes',
      data: {
        id: groupId,
        label: 'Group',
        collapsed: true,
        kind: grouping.kind,
        key: groupId,
        count,
        caption,
        shown: 0,
      },
    });
  }
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const [source, target] = [element.data.source!, element.data.target!];
    const [from, to] = [memberOf.get(source) ?? source, memberOf.get(target) ?? target];
    if (from === source && to === target) continue;
    // Inside one group, or to something that goes with a member (its "+N more"): no link.
    if (from === to || gone.has(from) || gone.has(to)) continue;
    const id = `${from}|${to}|grouped`;
    links.set(id, { group: 'edges', data: { id, source: from, target: to, type: 'GROUPED' } });
  }
  return {
    elements: [
      ...elements.filter((element) => !gone.has(element.data.id!)),
      ...groupNodes,
      ...links.values(),
    ],
    stashes,
    positions: at,
  };
}

/**
 * The canvas with a collapsed group put back: its members and their links; a link to a node that is now in
 * another collapsed group goes into that group's stash, to come back with it.
 */
export function expandCollapsed(
  elements: ElementDefinition[],
  stashes: Record<string, Stash>,
  groupId: string,
): { elements: ElementDefinition[]; stashes: Record<string, Stash>; positions: Record<string, Position> } {
  const stash = stashes[groupId];
  if (!stash) return { elements, stashes, positions: {} };
  const rest = { ...stashes };
  delete rest[groupId];
  const gone = withDependents(elements, new Set([groupId]));
  const kept = elements.filter((element) => !gone.has(element.data.id!));
  const drawn = new Set(
    [...kept, ...stash.elements].filter((e) => e.group === 'nodes').map((e) => e.data.id!),
  );
  const stashOf = (id: string) =>
    Object.keys(rest).find((key) => rest[key]!.elements.some((e) => e.data.id === id));
  const restored: ElementDefinition[] = [];
  for (const element of stash.elements) {
    const ends = element.group === 'edges' ? [element.data.source!, element.data.target!] : [];
    const missing = ends.find((id) => !drawn.has(id));
    if (missing === undefined) restored.push(element);
    else {
      const holder = stashOf(missing);
      const held = holder ? rest[holder]!.elements : [];
      if (holder && !held.some((e) => e.data.id === element.data.id))
        rest[holder] = { ...rest[holder]!, elements: [...held, element] };
    }
  }
  return { elements: [...kept, ...restored], stashes: rest, positions: stash.positions };
}
