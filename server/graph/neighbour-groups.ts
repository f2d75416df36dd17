// A node's neighbours counted in groups (kind and one property of each kind: a farm handset's numbers by
// operator, a dealer's SIMs by month of activation, identities by face), so the explorer draws a node with
// hundreds of neighbours as a few groups and fetches a group's members when it is opened (expand-group).
// The properties a group may be made on are a whitelist; the value of a date is its month (YYYY-MM).
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type NodeRef,
  type RelationshipType,
} from './node-ref.ts';
import { requireNodes } from './resolve-nodes.ts';

/** What a group is made on: a property, or a date property by month (`activatedMonth` of `activatedOn`). */
interface GroupSpec {
  name: string;
  field: string;
  month: boolean;
}

const plain = (name: string): GroupSpec => ({ name, field: name, month: false });
const byMonth = (name: string, field: string): GroupSpec => ({ name, field, month: true });

export const GROUP_PROPERTIES: Record<NodeLabel, GroupSpec[]> = {
  SIM: [plain('operator'), byMonth('activatedMonth', 'activatedOn'), plain('circle'), plain('status')],
  Handset: [plain('model'), plain('brand'), plain('status')],
  Dealer: [plain('operator'), plain('circle'), plain('status')],
  Identity: [plain('photoHash'), plain('docType')],
  Victim: [plain('state'), plain('district')],
  Complaint: [plain('category'), plain('channel'), byMonth('reportedMonth', 'reportedOn')],
};

/** Identity properties that tell who a person is: no group is made on them for a user with a scope. */
const PERSONAL_GROUPS = new Set(['photoHash', 'docType']);

export function groupSpec(kind: NodeLabel, property: string | null): GroupSpec | null {
  if (property === null) return null;
  const spec = GROUP_PROPERTIES[kind].find((candidate) => candidate.name === property);
  if (!spec) throw new Error(`no group of ${kind} by ${property}`);
  return spec;
}

export const isPersonalGroup = (kind: NodeLabel, property: string | null) =>
  kind === 'Identity' && property !== null && PERSONAL_GROUPS.has(property);

/**
 * Why a group of `kind` on `property` may not be made for this user (`isScoped`: one with a jurisdiction),
 * or undefined: the property must be whitelisted for the kind (`allowed`), and not personal for a scoped
 * user. Expand and saved views both ask.
 */
export function groupRefusal(
  kind: NodeLabel,
  property: string | null,
  isScoped: boolean,
): { message: string; allowed?: string[] } | undefined {
  if (property === null) return undefined;
  const allowed = GROUP_PROPERTIES[kind].map((spec) => spec.name);
  if (!allowed.includes(property))
    return { message: `${kind} groups are made on ${allowed.join(', ')}`, allowed };
  if (isScoped && isPersonalGroup(kind, property))
    return { message: 'identities are grouped by personal data only for national users' };
  return undefined;
}

/**
 * The property each kind of neighbour is grouped by around a node of kind `centre`: numbers by operator,
 * but a dealer's by month of activation (a dealer sells one operator's SIMs); handsets by model;
 * identities by face (one person under several names), or by kind alone for a user with a scope.
 */
export function groupingAround(centre: NodeLabel, isScoped: boolean): Record<NodeLabel, GroupSpec | null> {
  return {
    SIM: groupSpec('SIM', centre === 'Dealer' ? 'activatedMonth' : 'operator'),
    Handset: groupSpec('Handset', 'model'),
    Dealer: groupSpec('Dealer', 'operator'),
    Identity: isScoped ? null : groupSpec('Identity', 'photoHash'),
    Victim: groupSpec('Victim', 'state'),
    Complaint: groupSpec('Complaint', 'category'),
  };
}

export interface NeighbourGroup {
  kind: NodeLabel;
  /** The property grouped on (`activatedMonth` for a date by month); null: the whole kind is one group. */
  property: string | null;
  /** The property's value (null when the members have none, or no property). */
  value: string | null;
  count: number;
}

export interface NeighbourGroups {
  node: string;
  groups: NeighbourGroup[];
}

export async function readNeighbourGroups(
  database: Database,
  ref: NodeRef,
  types: RelationshipType[],
  isScoped: boolean,
): Promise<NeighbourGroup[]> {
  return database.readTx(async (tx) => {
    const [node] = await requireNodes(tx, [ref]);
    const around = await neighbourGroupsAround(
      tx,
      [{ key: '', node: node!, label: ref.label, types }],
      isScoped,
    );
    return around.get('') ?? [];
  });
}

/** Nodes whose groups are counted: each with the relationship types asked for (empty: all). */
export interface GroupsAsk {
  /** The caller's name for the ask: the groups come back under it. */
  key: string;
  node: Node;
  label: NodeLabel;
  types: RelationshipType[];
}

/**
 * The groups around nodes found already (resolve-nodes.ts), in one query inside the caller's transaction:
 * by ask key, the groups biggest first (an ask whose node has no neighbours of those types is absent).
 */
export async function neighbourGroupsAround(
  tx: ManagedTransaction,
  asks: GroupsAsk[],
  isScoped: boolean,
): Promise<Map<string, NeighbourGroup[]>> {
  const around = new Map<string, NeighbourGroup[]>();
  if (asks.length === 0) return around;
  const result = await tx.run(cypher('app/graph/neighbour-groups'), {
    asks: asks.map((ask) => ({
      key: ask.key,
      elementId: ask.node.elementId,
      types: ask.types.length > 0 ? ask.types : RELATIONSHIP_TYPES,
      groupBy: groupingAround(ask.label, isScoped),
    })),
    kinds: NODE_LABELS,
  });
  for (const record of result.records) {
    const { ask, ...group } = record.toObject() as NeighbourGroup & { ask: string };
    const groups = around.get(ask);
    if (groups) groups.push(group);
    else around.set(ask, [group]);
  }
  return around;
}
