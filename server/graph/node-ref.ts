// The node kinds an API caller may name, each with its key property: a whitelist, because labels cannot be
// Cypher parameters. A reference is `{label, key}` or, in query strings, `Label:key`.
import { InputError } from '../http/errors.ts';
import { parseImei, parseKycId, parseMsisdn, parsePosId, parseToken } from '../ingest/identifiers.ts';

export const NODE_KINDS = {
  Handset: { key: 'imei', parse: parseImei },
  SIM: { key: 'msisdn', parse: parseMsisdn },
  Dealer: { key: 'posId', parse: parsePosId },
  Identity: { key: 'kycId', parse: parseKycId },
  Victim: { key: 'victimId', parse: parseToken },
  Complaint: { key: 'ackNo', parse: parseToken },
} as const;

export type NodeLabel = keyof typeof NODE_KINDS;
export const NODE_LABELS = Object.keys(NODE_KINDS) as NodeLabel[];

export const RELATIONSHIP_TYPES = ['USED_IN', 'ISSUED_BY', 'REGISTERED_TO', 'FILED', 'REPORTS'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface NodeRef {
  label: NodeLabel;
  /** The key in its stored form (a number without +91, and so on). */
  key: string;
}

/** The id a graph element carries in API responses and on the canvas: `Label:key`. */
export const nodeId = (ref: NodeRef): string => `${ref.label}:${ref.key}`;

/** Validates a label and key from a request; `field` names them in the error. */
export function parseNodeRef(label: unknown, key: unknown, field = 'node'): NodeRef {
  // An own property only: `constructor` or `__proto__` are in every object, not kinds of node.
  if (typeof label !== 'string' || !Object.hasOwn(NODE_KINDS, label)) {
    throw new InputError(
      `${field}: unknown label "${String(label)}"; expected one of ${NODE_LABELS.join(', ')}`,
      {
        field,
        allowed: NODE_LABELS,
      },
    );
  }
  const kind = NODE_KINDS[label as NodeLabel];
  const parsed =
    typeof key === 'string' ? kind.parse(key) : ({ ok: false, reason: 'a key is required' } as const);
  if (!parsed.ok) {
    throw new InputError(`${field}: "${String(key)}" is not a valid ${label} ${kind.key}: ${parsed.reason}`, {
      field,
    });
  }
  return { label: label as NodeLabel, key: parsed.value };
}

/** Parses `Label:key` (as in `?from=SIM:9876543210`). */
export function parseNodeId(text: unknown, field: string): NodeRef {
  if (typeof text !== 'string' || !text.includes(':')) {
    throw new InputError(`${field}: expected Label:key, such as SIM:9876543210`, { field });
  }
  const colon = text.indexOf(':');
  return parseNodeRef(text.slice(0, colon), text.slice(colon + 1), field);
}
