// Graph elements as the canvas takes them: an explicit group, and no property under one of Cytoscape's
// structural keys (a complaint's `source` made it an edge to nowhere).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNodeElement } from '../../server/graph/elements.ts';

describe('graph elements', () => {
  it("carries a complaint's source as sourceProperty, with group nodes", () => {
    const complaint = new neo4j.types.Node(
      neo4j.int(1),
      ['Complaint'],
      {
        ackNo: '31412240012345',
        source: 'NCRP',
        amountInr: 1200,
      },
      'element-1',
    );
    const element = toNodeElement(complaint);
    expect(element.group).toBe('nodes');
    expect(element.data.id).toBe('Complaint:31412240012345');
    expect(element.data.source).toBeUndefined();
    expect(element.data.sourceProperty).toBe('NCRP');
  });
});
