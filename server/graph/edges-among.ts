// The relationships among nodes already resolved (resolve-nodes.ts), as canvas edges: the small graph of
// an alert's evidence, the links of a saved view's nodes.
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import { toEdgeElement, type EdgeElement } from './elements.ts';

/** `found` maps API ids (`Label:key`) to nodes, as resolveNodes answers. */
export async function edgesAmong(tx: ManagedTransaction, found: Map<string, Node>): Promise<EdgeElement[]> {
  const idOfElement = new Map([...found.entries()].map(([apiId, node]) => [node.elementId, apiId]));
  const result = await tx.run(cypher('app/graph/edges-among'), { elementIds: [...idOfElement.keys()] });
  return result.records.map((record) =>
    toEdgeElement(record.get('r') as Relationship, (elementId) => idOfElement.get(elementId)!),
  );
}
