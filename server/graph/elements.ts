// Neo4j nodes and relationships as Cytoscape elements (`{group, data: {id, ...}}`, edges with source and
// target), the shape the explorer adds to its canvas without further mapping. Cytoscape reads `id`,
// `source`, `target` and `parent` in data as structure: a complaint's `source` (NCRP, CHAKSHU) there made
// the complaint an edge to nowhere, so a property with a reserved name travels as `<name>Property`.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { NODE_KINDS, nodeId, type NodeLabel, type NodeRef } from './node-ref.ts';

export interface NodeElement {
  group: 'nodes';
  data: { id: string; label: NodeLabel; key: string; caption: string; [property: string]: unknown };
}
export interface EdgeElement {
  group: 'edges';
  data: { id: string; source: string; target: string; type: string; [property: string]: unknown };
}

/** Dates and other driver types become JSON-friendly values (dates as YYYY-MM-DD). */
const isTemporal = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  [
    neo4j.isDate,
    neo4j.isDateTime,
    neo4j.isLocalDateTime,
    neo4j.isTime,
    neo4j.isLocalTime,
    neo4j.isDuration,
  ].some((test) => test(value));

/**
 * A date as YYYY-MM-DD, as the driver writes it, without the driver's 64-bit integer arithmetic (a third
 * of the time of turning 20,000 query results into elements went there).
 */
function isoDate(date: { year: unknown; month: unknown; day: unknown }): string | undefined {
  const { year, month, day } = date;
  if (typeof year !== 'number' || year < 0 || year > 9999) return undefined;
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

const twoDigits = (part: unknown) => String(part).padStart(2, '0');

export function plainValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value; // most properties: no test needed
  if (neo4j.isDate(value)) return isoDate(value) ?? String(value);
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(plainValue);
  return value;
}

/** Keys Cytoscape gives a meaning in element data. */
export const RESERVED_DATA_KEYS = new Set(['id', 'source', 'target', 'parent', 'group']);

/** A loop, not entries and fromEntries: a query's 20,000 nodes and links go through here. */
export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties))
    plain[RESERVED_DATA_KEYS.has(name) ? `${name}Property` : name] = plainValue(value);
  return plain;
}

/** The node's Ringside kind and key; every node the API handles carries one whitelisted label. */
export function refOf(node: Node): NodeRef {
  const label = node.labels.find((name): name is NodeLabel => Object.hasOwn(NODE_KINDS, name));
  if (!label) throw new Error(`node ${node.elementId} has no known label (${node.labels.join(', ')})`);
  return { label, key: String(node.properties[NODE_KINDS[label].key]) };
}

function captionOf(ref: NodeRef, properties: Record<string, unknown>): string {
  switch (ref.label) {
    case 'Handset':
      return [properties.brand, properties.model].filter(Boolean).join(' ') || `IMEI ${ref.key}`;
    case 'Dealer':
    case 'Identity':
      return String(properties.name ?? ref.key);
    case 'Victim':
      return `Victim, ${String(properties.district ?? '')}`;
    default:
      return ref.key;
  }
}

export function toNodeElement(node: Node): NodeElement {
  const ref = refOf(node);
  // The properties' own object, with the element's names set over it (a spread copied it again).
  const data = plainProperties(node.properties) as NodeElement['data'];
  data.caption = captionOf(ref, data);
  data.id = nodeId(ref);
  data.label = ref.label;
  data.key = ref.key;
  return { group: 'nodes', data };
}

/** `idOfElement` maps Neo4j element ids of the relationship's ends to API node ids. */
export function toEdgeElement(
  relationship: Relationship,
  idOfElement: (elementId: string) => string,
): EdgeElement {
  const data = plainProperties(relationship.properties) as EdgeElement['data'];
  data.id = relationship.elementId;
  data.source = idOfElement(relationship.startNodeElementId);
  data.target = idOfElement(relationship.endNodeElementId);
  data.type = relationship.type;
  return { group: 'edges', data };
}
