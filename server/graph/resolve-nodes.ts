// `Label:key` references to Neo4j nodes, inside the caller's transaction.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import { NotFoundError } from '../http/errors.ts';
import { nodeId, type NodeRef } from './node-ref.ts';

/** The nodes found, by API id (`Label:key`); references to absent nodes are left out. */
export async function resolveNodes(tx: ManagedTransaction, refs: NodeRef[]): Promise<Map<string, Node>> {
  const result = await tx.run(cypher('app/graph/resolve-nodes'), { refs });
  return new Map(
    result.records.map((record) => [nodeId(record.toObject() as NodeRef), record.get('n') as Node]),
  );
}

/** Like resolveNodes, but every reference must exist: 404 naming the first that does not. */
export async function requireNodes(tx: ManagedTransaction, refs: NodeRef[]): Promise<Node[]> {
  const found = await resolveNodes(tx, refs);
  return refs.map((ref) => {
    const node = found.get(nodeId(ref));
    if (!node) throw notFound(ref);
    return node;
  });
}

export const notFound = (ref: NodeRef): NotFoundError =>
  new NotFoundError(`No ${ref.label} ${ref.key} in the graph.`, { node: nodeId(ref) });
