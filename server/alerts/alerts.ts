// The alert queue as officers read it: in their jurisdiction (an alert's subject is in their circles, as
// the suspects lists filter handsets by the circles of their numbers), and an alert that only concerns
// some cases to those cases' members. A snoozed alert whose time has come reads as `new`: worked out when
// read (no job has to wake it up), so the queue, the badge and the alert agree to the second.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { circlesOf, type Scope } from '../auth/scope.ts';
import { cypher } from '../db/cypher-files.ts';
import { encodeAlertCursor, type AlertCursor } from './alert-cursor.ts';
import type { Database } from '../db/database.ts';
import { edgesAmong } from '../graph/edges-among.ts';
import { toNodeElement, type EdgeElement, type NodeElement } from '../graph/elements.ts';
import { nodeId, parseNodeId, type NodeRef } from '../graph/node-ref.ts';
import { resolveNodes } from '../graph/resolve-nodes.ts';
import { NotFoundError } from '../http/errors.ts';

export const ALERT_STATUSES = ['new', 'assigned', 'dismissed', 'snoozed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertView {
  id: string;
  rule: string;
  /** `Label:key`. */
  subject: string;
  score: number;
  status: AlertStatus;
  evidence: { nodes: string[]; sentence: string };
  caseId: string | null;
  dismissReason: string | null;
  snoozedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An alert with its evidence as a small graph: the evidence nodes as they are now, and the links among them. */
export interface AlertPage extends AlertView {
  graph: { nodes: NodeElement[]; edges: EdgeElement[] };
  /** Evidence nodes no longer in the graph. */
  missing: string[];
}

/** Who reads: their name (for case membership) and jurisdiction. */
export interface AlertReader {
  username: string;
  scope: Scope;
}

export interface AlertFilter {
  status?: AlertStatus;
  rule?: string;
  limit: number;
  /** Where the page before ended: this page starts right after it. */
  after?: AlertCursor;
}

/** A page of the queue, and `next`, where the following page starts (null after the last). */
export interface AlertQueuePage {
  alerts: AlertView[];
  next: string | null;
}

/** The stored statuses a shown status may come from: a `new` alert may be stored as an expired snooze. */
const STORED: Record<AlertStatus, AlertStatus[]> = {
  new: ['new', 'snoozed'],
  assigned: ['assigned'],
  dismissed: ['dismissed'],
  snoozed: ['snoozed'],
};

/**
 * Instants as JavaScript writes them (`…T15:26:03.100Z`): Neo4j's toString drops trailing zeros
 * (`…T15:26:03.1Z`), so a snooze did not come back as it was sent.
 */
const isoInstant = (text: string | null): string | null => (text ? new Date(text).toISOString() : null);

const alertOf = (alert: AlertView): AlertView => ({
  ...alert,
  snoozedUntil: isoInstant(alert.snoozedUntil),
  createdAt: isoInstant(alert.createdAt)!,
  updatedAt: isoInstant(alert.updatedAt)!,
});

export const alertNotFound = (id: string): NotFoundError =>
  new NotFoundError(`No alert ${id}.`, { alertId: id });

const readerParams = (reader: AlertReader) => ({
  username: reader.username,
  circles: circlesOf(reader.scope),
});

export async function listAlerts(
  database: Database,
  reader: AlertReader,
  filter: AlertFilter,
): Promise<AlertQueuePage> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/alerts/list-alerts'), {
      ...readerParams(reader),
      stored: filter.status ? STORED[filter.status] : [...ALERT_STATUSES],
      status: filter.status ?? null,
      rule: filter.rule ?? null,
      after: filter.after ?? null,
      // One more than asked for: whether a next page exists, without counting the queue.
      limit: neo4j.int(filter.limit + 1),
    });
    const records = result.records.slice(0, filter.limit);
    const last = records.at(-1);
    return {
      alerts: records.map((record) => alertOf(record.get('alert') as AlertView)),
      next:
        result.records.length > filter.limit && last
          ? encodeAlertCursor(last.get('place') as AlertCursor)
          : null,
    };
  });
}

/** The user's new alerts, counted (the header's badge). */
export async function countNewAlerts(database: Database, reader: AlertReader): Promise<number> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/alerts/count-new-alerts'), readerParams(reader));
    return result.records[0]!.get('count') as number;
  });
}

/** The alert if the reader may see it; 404 alike for an alert outside their scope and one that is not. */
export async function readAlertIn(
  tx: ManagedTransaction,
  id: string,
  reader: AlertReader,
): Promise<AlertView> {
  const [record] = (await tx.run(cypher('app/alerts/alert'), { id, ...readerParams(reader) })).records;
  if (!record || record.get('isVisible') !== true) throw alertNotFound(id);
  return alertOf(record.get('alert') as AlertView);
}

export async function readAlertPage(database: Database, id: string, reader: AlertReader): Promise<AlertPage> {
  return database.readTx(async (tx) => {
    const alert = await readAlertIn(tx, id, reader);
    const ids = [...new Set([alert.subject, ...alert.evidence.nodes])];
    const refs = ids.flatMap((nodeIdText): NodeRef[] => {
      try {
        return [parseNodeId(nodeIdText, 'evidence')];
      } catch {
        return [];
      }
    });
    const found = await resolveNodes(tx, refs);
    const edges = await edgesAmong(tx, found);
    return {
      ...alert,
      graph: { nodes: [...found.values()].map(toNodeElement), edges },
      missing: refs.map(nodeId).filter((apiId) => !found.has(apiId)),
    };
  });
}
