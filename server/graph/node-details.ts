// One node as the side panel shows it: its properties (a number's with its risk grade) and its neighbours
// counted by kind.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { readNumberGrades } from '../analysis/grade-numbers.ts';
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
    const details = {
      node: toNodeElement(record.get('n') as Node),
      neighbours: record.get('neighbours') as NeighbourCount[],
    };
    return ref.label === 'SIM' ? withNumberGrade(tx, details) : details;
  });
}

/** A number's risk grade is worked out from its handsets' stored scores whenever it is shown. */
async function withNumberGrade(tx: ManagedTransaction, details: NodeDetails): Promise<NodeDetails> {
  const data = { ...details.node.data };
  // A grade stored by an earlier version, or by a number's identity, is replaced by the current one.
  for (const name of ['riskGrade', 'riskGradeReasons', 'riskGradeSignals', 'gradedAt']) delete data[name];
  const reading = (await readNumberGrades(tx, [data.key])).get(data.key);
  if (reading)
    Object.assign(data, {
      riskGrade: reading.grade,
      riskGradeReasons: reading.reasons,
      gradedAt: reading.gradedAt,
    });
  return { ...details, node: { ...details.node, data } };
}
