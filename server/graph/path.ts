// The shortest connecting path between two nodes, as canvas elements in path order.
import type { Node, Relationship } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';
import { toEdgeElement, toNodeElement, type EdgeElement, type NodeElement } from './elements.ts';
import { nodeId, type NodeRef } from './node-ref.ts';
import { requireNodes } from './resolve-nodes.ts';

export interface PathResult {
  length: number;
  nodes: NodeElement[];
  edges: EdgeElement[];
}

export async function findShortestPath(
  database: Database,
  from: NodeRef,
  to: NodeRef,
  maxHops: number,
): Promise<PathResult> {
  return database.readTx(
    async (tx) => {
      const [start, end] = await requireNodes(tx, [from, to]);
      const result = await tx.run(cypher('app/graph/path'), { from: start!.elementId, to: end!.elementId });
      const record = result.records[0];
      if (!record || (record.get('relationships') as Relationship[]).length > maxHops) {
        throw new NotFoundError(
          `No path of at most ${maxHops} hops between ${nodeId(from)} and ${nodeId(to)}.`,
          {
            from: nodeId(from),
            to: nodeId(to),
            maxHops,
          },
        );
      }
      const nodes = (record.get('nodes') as Node[]).map(toNodeElement);
      const idOfElement = new Map(
        (record.get('nodes') as Node[]).map((node, i) => [node.elementId, nodes[i]!.data.id]),
      );
      const edges = (record.get('relationships') as Relationship[]).map((relationship) =>
        toEdgeElement(relationship, (elementId) => idOfElement.get(elementId)!),
      );
      return { length: edges.length, nodes, edges };
    },
    { timeoutMs: 10_000 },
  );
}
