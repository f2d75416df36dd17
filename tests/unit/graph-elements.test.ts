// Graph elements as the canvas takes them: an explicit group, and no property under one of Cytoscape's
// structural keys (a complaint's `source` made it an edge to nowhere), and dates as YYYY-MM-DD.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plainValue, toNodeElement } from '../../server/graph/elements.ts';

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

  it('writes dates as YYYY-MM-DD and other temporal values as the driver writes them', () => {
    const dates = [
      new neo4j.types.Date(2024, 3, 5),
      new neo4j.types.Date(987, 12, 31),
      new neo4j.types.Date(-44, 3, 15),
      new neo4j.types.Date(12345, 1, 1),
    ];
    expect(dates.map(plainValue)).toEqual(['2024-03-05', '0987-12-31', ...dates.slice(2).map(String)]);
    expect(String(dates[0])).toBe('2024-03-05');
    expect(String(dates[1])).toBe('0987-12-31');
    const time = new neo4j.types.LocalTime(9, 30, 0, 0);
    expect(plainValue([time, 'text', 3, null])).toEqual([String(time), 'text', 3, null]);
  });
});
