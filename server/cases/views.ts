// Views: a named snapshot of a member's canvas (its nodes at their positions, hidden kinds, date window,
// selection and highlight), opened by any member with the same nodes at the same positions. The graph
// changes under a view: nodes that are gone are listed with it, never dropped silently. A view opens
// with its nodes as the graph holds them now and the relationships among them, ready for the canvas.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';
import { parseNodeId, type NodeLabel } from '../graph/node-ref.ts';
import { resolveNodes } from '../graph/resolve-nodes.ts';
import { edgesAmong } from '../graph/edges-among.ts';
import { toNodeElement, type EdgeElement, type NodeElement } from '../graph/elements.ts';
import { changeCase, requireOpen, requireRoom } from './case-access.ts';
import { readSummary } from './cases.ts';
import { newViewId } from './case-ids.ts';

export const MAX_VIEW_NODES = 20_000;
export const MAX_VIEWS = 500;

export interface ViewNode {
  /** The API's node id, `Label:key`. */
  id: string;
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
  hiddenKinds: NodeLabel[];
  dateWindow: DateWindow | null;
  /** Element ids (nodes or edges) as the canvas names them. */
  selection: string[];
  highlight: string[];
}

export interface SavedView extends NewView {
  id: string;
  savedBy: string;
  savedAt: string;
  /** Ids of the view's nodes that are no longer in the graph. */
  missing: string[];
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
        hiddenKinds: view.hiddenKinds,
        dateWindow: view.dateWindow ? JSON.stringify(view.dateWindow) : null,
        selection: view.selection,
        highlight: view.highlight,
        savedBy: actor.username,
      },
    });
    return {
      result: { id },
      event: { action: 'case.view_save', details: { viewId: id, name: view.name, nodes: view.nodes.length } },
    };
  });
}

export async function openView(
  database: Database,
  caseId: string,
  viewId: string,
  actor: Actor,
): Promise<SavedView> {
  return database.readTx(async (tx) => {
    await readSummary(tx, caseId, actor);
    const [record] = (await tx.run(cypher('app/cases/case-view'), { caseId, viewId })).records;
    if (!record) throw new NotFoundError(`No view ${viewId} in case ${caseId}.`, { viewId });
    const stored = record.get('view') as Omit<SavedView, 'nodes' | 'dateWindow' | 'missing' | 'graph'> & {
      nodes: string;
      dateWindow: string | null;
    };
    const nodes = JSON.parse(stored.nodes) as ViewNode[];
    const found = await resolveNodes(
      tx,
      nodes.map((node) => parseNodeId(node.id, 'nodes')),
    );
    return {
      ...stored,
      nodes,
      dateWindow: stored.dateWindow ? (JSON.parse(stored.dateWindow) as DateWindow) : null,
      missing: nodes.map((node) => node.id).filter((id) => !found.has(id)),
      graph: { nodes: [...found.values()].map(toNodeElement), edges: await edgesAmong(tx, found) },
    };
  });
}

export async function caseViews(tx: ManagedTransaction, caseId: string): Promise<ViewSummary[]> {
  const result = await tx.run(cypher('app/cases/case-views'), { caseId });
  return result.records.map((record) => record.get('view') as ViewSummary);
}
