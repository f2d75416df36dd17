// Rows from a user's query as JSON: nodes, relationships and paths in the graph columns become graph
// elements for the canvas (and a reference in the table cell); every other value becomes plain JSON.
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import {
  plainProperties,
  plainValue,
  toEdgeElement,
  toNodeElement,
  type EdgeElement,
  type NodeElement,
} from '../graph/elements.ts';
import { NODE_KINDS } from '../graph/node-ref.ts';
import { PROTECTED_LABELS, PROTECTED_PROPERTIES } from './cypher-plan-guard.ts';

export interface QueryGraph {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

/**
 * The second line behind the plan check: whatever a query manages to return, credentials and sessions
 * are not shown (their nodes become null, their properties are dropped, a value shaped like a password
 * hash is hidden).
 */
const HIDDEN_PROPERTIES = new Set<string>(PROTECTED_PROPERTIES);
const PROTECTED = new Set<string>(PROTECTED_LABELS);
const PASSWORD_HASH = /^scrypt[^$]*\$/;

export class ResultCollector {
  private readonly nodes = new Map<string, NodeElement>();
  private readonly idOfElement = new Map<string, string>();
  private readonly relationships = new Map<string, Relationship>();

  constructor(private readonly graphColumns: Set<string>) {}

  /** The row as JSON cells; graph values of graph columns also join the graph. */
  addRow(columns: string[], values: unknown[]): unknown[] {
    return values.map((value, index) => this.cell(value, this.graphColumns.has(columns[index]!)));
  }

  graph(): QueryGraph {
    const edges: EdgeElement[] = [];
    for (const relationship of this.relationships.values()) {
      const source = this.idOfElement.get(relationship.startNodeElementId);
      const target = this.idOfElement.get(relationship.endNodeElementId);
      // An edge whose ends the query did not return cannot be drawn.
      if (source && target)
        edges.push(toEdgeElement(relationship, (elementId) => this.idOfElement.get(elementId)!));
    }
    return { nodes: [...this.nodes.values()], edges };
  }

  private cell(value: unknown, isGraphColumn: boolean): unknown {
    if (neo4j.isNode(value as object)) {
      const node = value as Node;
      return node.labels.some((label) => PROTECTED.has(label)) ? null : this.node(node, isGraphColumn);
    }
    if (neo4j.isRelationship(value as object)) {
      const relationship = value as Relationship;
      if (isGraphColumn) this.relationships.set(relationship.elementId, relationship);
      return {
        relationship: relationship.elementId,
        type: relationship.type,
        ...visible(relationship.properties),
      };
    }
    if (neo4j.isPath(value as object)) return this.path(value as Path, isGraphColumn);
    if (Array.isArray(value)) return value.map((item) => this.cell(item, isGraphColumn));
    if (value && typeof value === 'object' && value.constructor === Object) {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !HIDDEN_PROPERTIES.has(key))
          .map(([key, item]) => [key, this.cell(item, isGraphColumn)]),
      );
    }
    if (typeof value === 'string' && PASSWORD_HASH.test(value)) return '[hidden]';
    return plainValue(value);
  }

  private node(node: Node, isGraphColumn: boolean): unknown {
    // A node met again (in many rows or paths) is converted once.
    const seen = this.idOfElement.get(node.elementId);
    const element = (seen && this.nodes.get(seen)) || elementOf(node);
    if (isGraphColumn) {
      this.nodes.set(element.data.id, element);
      this.idOfElement.set(node.elementId, element.data.id);
    }
    return { id: element.data.id, label: element.data.label, caption: element.data.caption };
  }

  private path(path: Path, isGraphColumn: boolean): unknown {
    const nodes = [this.node(path.start, isGraphColumn)];
    for (const segment of path.segments) {
      nodes.push(this.node(segment.end, isGraphColumn));
      if (isGraphColumn) this.relationships.set(segment.relationship.elementId, segment.relationship);
    }
    return { path: nodes, length: path.length };
  }
}

/** Ringside's kinds as the canvas knows them; any other node (a block request, a ring) by its label. */
function elementOf(node: Node): NodeElement {
  if (node.labels.some((label) => Object.hasOwn(NODE_KINDS, label))) return toNodeElement(node);
  const label = node.labels[0] ?? 'Node';
  const properties = visible(node.properties);
  const key = String(properties.id ?? properties.username ?? node.elementId);
  return {
    group: 'nodes',
    data: {
      ...plainProperties(properties),
      id: `${label}:${key}`,
      label: label as NodeElement['data']['label'],
      key,
      caption: key,
    },
  };
}

function visible(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([name]) => !HIDDEN_PROPERTIES.has(name))
      .map(([name, value]) => [name, plainValue(value)]),
  );
}
