// Neighbours of nodes for the canvas, capped per node in the database, with what was left out.
import neo4j, { type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { refOf, toEdgeElement, toNodeElement, type EdgeElement, type NodeElement } from './elements.ts';
import {
  nodeId,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type NodeRef,
  type RelationshipType,
} from './node-ref.ts';
import { groupSpec } from './neighbour-groups.ts';
import { notFound, requireNodes } from './resolve-nodes.ts';

/** One of a node's neighbour groups (see neighbour-groups.ts): only its members are expanded. */
export interface GroupFilter {
  kind: NodeLabel;
  property: string | null;
  value: string | null;
}

export interface ExpandRequest {
  nodes: NodeRef[];
  /** Only these relationship types; all when empty. */
  types: RelationshipType[];
  limit: number;
  offset: number;
  /** With one node only: the neighbours of this group of it. */
  group?: GroupFilter;
}

/** On a number named in complaints: how many, and the money its victims lost. */
export interface Reported {
  complaints: number;
  amountLostInr: number;
}

export interface ExpandResult {
  nodes: NodeElement[];
  edges: EdgeElement[];
  /** Nodes with more neighbours than were returned: `shown` counts the ones up to and including this page. */
  truncated: { node: string; shown: number; total: number }[];
}

export async function expandNodes(database: Database, request: ExpandRequest): Promise<ExpandResult> {
  return database.readTx(async (tx) => {
    const result = await runExpand(tx, request);

    const nodes = new Map<string, NodeElement>();
    const idOfElement = new Map<string, string>();
    const addNode = (node: Node) => {
      const element = toNodeElement(node);
      idOfElement.set(node.elementId, element.data.id);
      nodes.set(element.data.id, element);
    };
    const relationships: Relationship[] = [];
    const reported = new Map<string, { complaints: number; amountLostInr: number }>();
    const truncated: ExpandResult['truncated'] = [];
    const found = new Set(result.records.map((record) => nodeId(record.toObject() as NodeRef)));
    const absent = request.nodes.find((ref) => !found.has(nodeId(ref)));
    if (absent) throw notFound(absent);
    for (const record of result.records) {
      const centre = record.get('n') as Node;
      const neighbours = record.get('neighbours') as Node[];
      addNode(centre);
      neighbours.forEach(addNode);
      relationships.push(...(record.get('relationships') as Relationship[]));
      for (const sim of record.get('reported') as ({ msisdn: string } & Reported)[])
        reported.set(`SIM:${sim.msisdn}`, { complaints: sim.complaints, amountLostInr: sim.amountLostInr });
      const total = record.get('total') as number;
      const shown = Math.min(total, request.offset + neighbours.length);
      if (shown < total) truncated.push({ node: nodeId(refOf(centre)), shown, total });
    }
    const edges = new Map<string, EdgeElement>();
    for (const relationship of relationships) {
      const edge = toEdgeElement(relationship, (elementId) => idOfElement.get(elementId)!);
      edges.set(edge.data.id, edge);
    }
    for (const [id, counts] of reported) {
      const node = nodes.get(id);
      if (node) Object.assign(node.data, counts);
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
  });
}

async function runExpand(tx: ManagedTransaction, request: ExpandRequest) {
  const types = request.types.length > 0 ? request.types : RELATIONSHIP_TYPES;
  // LIMIT, SKIP and slices take integers, and JavaScript numbers travel as floats.
  const page = { limit: neo4j.int(request.limit), offset: neo4j.int(request.offset) };
  const { group } = request;
  if (!group) return tx.run(cypher('app/graph/expand'), { refs: request.nodes, types, ...page });
  const ref = request.nodes[0]!;
  const [node] = await requireNodes(tx, [ref]);
  return tx.run(cypher('app/graph/expand-group'), {
    elementId: node!.elementId,
    label: ref.label,
    key: ref.key,
    types,
    kind: group.kind,
    spec: groupSpec(group.kind, group.property),
    value: group.value,
    ...page,
  });
}
