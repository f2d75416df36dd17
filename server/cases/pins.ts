// Pinned evidence: nodes of the graph pinned to a case with a comment (pinning one again replaces the
// comment). A case's page shows each with the node as it is now, masked like any other answer.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { toNodeElement, type NodeElement } from '../graph/elements.ts';
import { nodeId, type NodeLabel, type NodeRef } from '../graph/node-ref.ts';
import { requireNodes, resolveNodes } from '../graph/resolve-nodes.ts';
import { NotFoundError } from '../http/errors.ts';
import { changeCase, requireOpen, requireRoom } from './case-access.ts';

export const MAX_PINS = 1_000;

export interface CasePin {
  /** The node's API id, `Label:key`. */
  id: string;
  label: NodeLabel;
  key: string;
  comment: string;
  pinnedBy: string;
  pinnedAt: string;
  /** The node as the graph holds it now (its element data), or null when it is gone. */
  node?: NodeElement['data'] | null;
}

export async function pinNode(
  database: Database,
  caseId: string,
  pin: { node: NodeRef; comment: string },
  actor: Actor,
): Promise<CasePin> {
  return changeCase(database, caseId, actor, async (tx, { locked }) => {
    requireOpen(locked);
    requireRoom(caseId, locked.pins, MAX_PINS, 'pins');
    await requireNodes(tx, [pin.node]);
    const id = nodeId(pin.node);
    const [record] = (
      await tx.run(cypher('app/cases/pin-node'), {
        caseId,
        pin: { nodeId: id, ...pin.node, comment: pin.comment, pinnedBy: actor.username },
      })
    ).records;
    return {
      result: record!.get('pin') as CasePin,
      event: { action: 'case.pin', details: { node: id, comment: pin.comment } },
    };
  });
}

export async function unpinNode(
  database: Database,
  caseId: string,
  node: NodeRef,
  actor: Actor,
): Promise<void> {
  const id = nodeId(node);
  return changeCase(database, caseId, actor, async (tx, { locked, isRerun }) => {
    requireOpen(locked);
    const [record] = (await tx.run(cypher('app/cases/unpin-node'), { caseId, nodeId: id })).records;
    if (record!.get('removed') === 0) {
      if (isRerun) return { result: undefined };
      throw new NotFoundError(`${id} is not pinned to case ${caseId}.`, { node: id });
    }
    return { result: undefined, event: { action: 'case.unpin', details: { node: id } } };
  });
}

export async function casePins(tx: ManagedTransaction, caseId: string): Promise<CasePin[]> {
  const pins = (await tx.run(cypher('app/cases/case-pins'), { caseId })).records.map(
    (record) => record.get('pin') as CasePin,
  );
  const found = await resolveNodes(
    tx,
    pins.map(({ label, key }) => ({ label, key })),
  );
  return pins.map((pin) => {
    const node = found.get(pin.id);
    return { ...pin, node: node ? toNodeElement(node).data : null };
  });
}
