// Views: a named snapshot of a member's canvas (its nodes and its nodes' unopened neighbour groups at
// their positions, hidden kinds, date window, selection and highlight), opened by any member with the same
// nodes and groups at the same positions. The graph changes under a view: nodes and groups that are gone
// are listed with it, never dropped silently. A view opens with its nodes as the graph holds them now, the
// relationships among them and its groups counted now, ready for the canvas.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import type { Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';
import { isPersonalGroup, neighbourGroupsAround, type GroupsAsk } from '../graph/neighbour-groups.ts';
import { parseNodeId, type NodeLabel, type RelationshipType } from '../graph/node-ref.ts';
import { resolveNodes } from '../graph/resolve-nodes.ts';
import { edgesAmong } from '../graph/edges-among.ts';
import { toNodeElement, type EdgeElement, type NodeElement } from '../graph/elements.ts';
import { changeCase, requireOpen, requireRoom } from './case-access.ts';
import { readSummary } from './cases.ts';
import { newViewId } from './case-ids.ts';

export const MAX_VIEW_NODES = 20_000;
export const MAX_VIEW_GROUPS = 1_000;
export const MAX_VIEWS = 500;

export interface ViewNode {
  /** The API's node id, `Label:key`. */
  id: string;
  x: number;
  y: number;
}

/**
 * A group of a node's neighbours drawn unopened (neighbour-groups.ts): what it is made of and where it is.
 * The group's count is not kept: it is counted again when the view opens.
 */
export interface ViewGroup {
  /** The node whose neighbours these are, `Label:key`: one of the view's nodes. */
  of: string;
  kind: NodeLabel;
  property: string | null;
  value: string | null;
  /** The relationship types its expand asked for (empty: all). */
  types: RelationshipType[];
  x: number;
  y: number;
}

/** Either end may be open (''), as on the explorer's filter. */
export interface DateWindow {
  from: string;
  to: string;
}

export interface NewView {
  name: string;
  nodes: ViewNode[];
  groups: ViewGroup[];
  hiddenKinds: NodeLabel[];
  dateWindow: DateWindow | null;
  /** Element ids (nodes or edges) as the canvas names them. */
  selection: string[];
  highlight: string[];
}

export interface SavedView extends Omit<NewView, 'groups'> {
  id: string;
  savedBy: string;
  savedAt: string;
  /** Ids of the view's nodes that are no longer in the graph. */
  missing: string[];
  /** The view's groups the graph still makes around their nodes, with their members counted now. */
  groups: (ViewGroup & { count: number })[];
  /**
   * Groups it no longer makes: their node is gone, their members are, or the one opening the view may not
   * see them (`withheld`: identities by face for a user with a jurisdiction, who is not shown the face).
   */
  missingGroups: (ViewGroup & { withheld?: true })[];
  /** The nodes still in the graph as it holds them now, and the relationships among them: a canvas. */
  graph: { nodes: NodeElement[]; edges: EdgeElement[] };
}

export interface ViewSummary {
  id: string;
  name: string;
  nodeCount: number;
  savedBy: string;
  savedAt: string;
}

export async function saveView(
  database: Database,
  caseId: string,
  view: NewView,
  actor: Actor,
): Promise<{ id: string }> {
  const id = newViewId();
  return changeCase(database, caseId, actor, async (tx, { locked }) => {
    requireOpen(locked);
    requireRoom(caseId, locked.views, MAX_VIEWS, 'views');
    await tx.run(cypher('app/cases/save-view'), {
      caseId,
      view: {
        id,
        name: view.name,
        // As text: JSON keeps every double exactly, and the nodes come back in the order saved.
        nodes: JSON.stringify(view.nodes),
        nodeCount: view.nodes.length,
        groups: JSON.stringify(view.groups),
        hiddenKinds: view.hiddenKinds,
        dateWindow: view.dateWindow ? JSON.stringify(view.dateWindow) : null,
        selection: view.selection,
        highlight: view.highlight,
        savedBy: actor.username,
      },
    });
    return {
      result: { id },
      event: {
        action: 'case.view_save',
        details: { viewId: id, name: view.name, nodes: view.nodes.length, groups: view.groups.length },
      },
    };
  });
}

/** `isScoped`: the one opening the view has a jurisdiction (groups are counted as their expand would). */
export async function openView(
  database: Database,
  caseId: string,
  viewId: string,
  actor: Actor,
  isScoped: boolean,
): Promise<SavedView> {
  return database.readTx(async (tx) => {
    await readSummary(tx, caseId, actor);
    const [record] = (await tx.run(cypher('app/cases/case-view'), { caseId, viewId })).records;
    if (!record) throw new NotFoundError(`No view ${viewId} in case ${caseId}.`, { viewId });
    const stored = record.get('view') as Omit<
      SavedView,
      'nodes' | 'groups' | 'dateWindow' | 'missing' | 'missingGroups' | 'graph'
    > & { nodes: string; groups: string | null; dateWindow: string | null };
    const nodes = JSON.parse(stored.nodes) as ViewNode[];
    const found = await resolveNodes(
      tx,
      nodes.map((node) => parseNodeId(node.id, 'nodes')),
    );
    // Views saved before groups were kept have none.
    const groups = await countGroups(tx, JSON.parse(stored.groups ?? '[]') as ViewGroup[], found, isScoped);
    return {
      ...stored,
      nodes,
      dateWindow: stored.dateWindow ? (JSON.parse(stored.dateWindow) as DateWindow) : null,
      missing: nodes.map((node) => node.id).filter((id) => !found.has(id)),
      ...groups,
      graph: { nodes: [...found.values()].map(toNodeElement), edges: await edgesAmong(tx, found) },
    };
  });
}

/** The saved groups counted now (one query for them all), and those no longer made. */
async function countGroups(
  tx: ManagedTransaction,
  saved: ViewGroup[],
  found: Map<string, Node>,
  isScoped: boolean,
): Promise<Pick<SavedView, 'groups' | 'missingGroups'>> {
  const asks = new Map<string, GroupsAsk>();
  for (const group of saved) {
    const node = found.get(group.of);
    const key = aroundKey(group);
    if (node && !asks.has(key))
      asks.set(key, { key, node, label: parseNodeId(group.of, 'groups').label, types: group.types });
  }
  const around = await neighbourGroupsAround(tx, [...asks.values()], isScoped);
  const groups: SavedView['groups'] = [];
  const missingGroups: SavedView['missingGroups'] = [];
  for (const group of saved) {
    const now = around
      .get(aroundKey(group))
      ?.find(
        (candidate) =>
          candidate.kind === group.kind &&
          candidate.property === group.property &&
          candidate.value === group.value,
      );
    if (now) groups.push({ ...group, count: now.count });
    // A face is personal data: not shown to a user with a jurisdiction, even as a group's value.
    else
      missingGroups.push(
        isScoped && isPersonalGroup(group.kind, group.property)
          ? { ...group, value: null, withheld: true }
          : group,
      );
  }
  return { groups, missingGroups };
}

const aroundKey = (group: ViewGroup) => `${group.of}|${[...group.types].sort().join(',')}`;

export async function caseViews(tx: ManagedTransaction, caseId: string): Promise<ViewSummary[]> {
  const result = await tx.run(cypher('app/cases/case-views'), { caseId });
  return result.records.map((record) => record.get('view') as ViewSummary);
}
