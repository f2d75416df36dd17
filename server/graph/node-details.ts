// One node as the side panel shows it: its properties and its neighbours counted by kind.
import type { Node } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { toNodeElement, type NodeElement } from './elements.ts';
import { RELATIONSHIP_TYPES, type NodeRef } from './node-ref.ts';
import { requireNodes } from './resolve-nodes.ts';

export interface NeighbourCount {
  type: string;
  direction: 'in' | 'out';
  label: string;
  count: number;
}

export interface NodeDetails {
  node: NodeElement;
  neighbours: NeighbourCount[];
}

export async function getNodeDetails(database: Database, ref: NodeRef): Promise<NodeDetails> {
  return database.readTx(async (tx) => {
    const [node] = await requireNodes(tx, [ref]);
    const result = await tx.run(cypher('app/graph/node-details'), {
      elementId: node!.elementId,
      types: RELATIONSHIP_TYPES,
    });
    const record = result.records[0]!;
    return {
      node: toNodeElement(record.get('n') as Node),
      neighbours: record.get('neighbours') as NeighbourCount[],
    };
  });
}
